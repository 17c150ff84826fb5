// @generated from AWS::Route53GlobalResolver::FirewallRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53GlobalResolver::FirewallRule` and its property types.

/// Resource schema for AWS::Route53GlobalResolver::FirewallRule
///
/// CloudFormation type `AWS::Route53GlobalResolver::FirewallRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirewallRule {
    props: ::forma_core::schema::Props,
}
impl FirewallRule {
    /// A new resource with its required properties: `Action`, `DnsViewId`, `Name`.
    #[track_caller]
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<FirewallRuleAction>,
        dns_view_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, dns_view_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `BlockOverrideDnsType`.
    #[track_caller]
    pub fn block_override_dns_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<BlockOverrideDnsQueryType>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BlockOverrideDomain`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn block_override_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BlockOverrideTtl`.
    ///
    /// Allowed: 0 to 604800.
    #[track_caller]
    pub fn block_override_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BlockResponse`.
    #[track_caller]
    pub fn block_response(mut self, value: impl ::forma_core::schema::EnumArg<FirewallBlockResponse>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClientToken`.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ConfidenceThreshold`.
    #[track_caller]
    pub fn confidence_threshold(mut self, value: impl ::forma_core::schema::EnumArg<ConfidenceThreshold>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DnsAdvancedProtection`.
    #[track_caller]
    pub fn dns_advanced_protection(mut self, value: impl ::forma_core::schema::EnumArg<DnsAdvancedProtection>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FirewallDomainListId`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn firewall_domain_list_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Priority`.
    ///
    /// Allowed: 1 to 10000.
    #[track_caller]
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `QType`.
    ///
    /// Allowed: length 0 to 16.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn q_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FirewallRule {
    type Attributes = FirewallRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53GlobalResolver::FirewallRule"
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
/// The attributes of a `AWS::Route53GlobalResolver::FirewallRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FirewallRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FirewallRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FirewallRuleAttributes {
    /// `Fn::GetAtt` `FirewallRuleId`.
    pub fn firewall_rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FirewallRuleId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `QueryType`.
    pub fn query_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueryType")
    }
}

/// The values CloudFormation documents: `ALLOW`, `ALERT`, `BLOCK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirewallRuleAction {
    /// `ALLOW`
    Allow,
    /// `ALERT`
    Alert,
    /// `BLOCK`
    Block,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirewallRuleAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Alert => "ALERT",
            Self::Block => "BLOCK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW", "ALERT", "BLOCK"]
    }
}
impl ::std::convert::From<FirewallRuleAction> for ::forma_core::Value<FirewallRuleAction> {
    fn from(v: FirewallRuleAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirewallRuleAction {}

/// The values CloudFormation documents: `CNAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockOverrideDnsQueryType {
    /// `CNAME`
    Cname,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlockOverrideDnsQueryType {
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
impl ::std::convert::From<BlockOverrideDnsQueryType> for ::forma_core::Value<BlockOverrideDnsQueryType> {
    fn from(v: BlockOverrideDnsQueryType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlockOverrideDnsQueryType {}

/// The values CloudFormation documents: `NODATA`, `NXDOMAIN`, `OVERRIDE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FirewallBlockResponse {
    /// `NODATA`
    Nodata,
    /// `NXDOMAIN`
    Nxdomain,
    /// `OVERRIDE`
    Override,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FirewallBlockResponse {
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
impl ::std::convert::From<FirewallBlockResponse> for ::forma_core::Value<FirewallBlockResponse> {
    fn from(v: FirewallBlockResponse) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FirewallBlockResponse {}

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
pub enum DnsAdvancedProtection {
    /// `DGA`
    Dga,
    /// `DNS_TUNNELING`
    DnsTunneling,
    /// `DICTIONARY_DGA`
    DictionaryDga,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DnsAdvancedProtection {
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
impl ::std::convert::From<DnsAdvancedProtection> for ::forma_core::Value<DnsAdvancedProtection> {
    fn from(v: DnsAdvancedProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DnsAdvancedProtection {}

/// The schema of `AWS::Route53GlobalResolver::FirewallRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53GlobalResolver::FirewallRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW", "ALERT", "BLOCK"]),
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
                pattern: Some("\\*?[-a-zA-Z0-9.]+"),
                min_length: Some(1),
                max_length: Some(256),
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
            name: "ClientToken",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfidenceThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOW", "MEDIUM", "HIGH"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DnsAdvancedProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DGA", "DNS_TUNNELING", "DICTIONARY_DGA"]),
        },
        ::forma_core::schema::Property {
            name: "DnsViewId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-.a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallDomainListId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-.a-zA-Z0-9]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "QType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(16),
            }),
        },
    ],
    rules: &[],
    attributes: &["FirewallRuleId", "CreatedAt", "UpdatedAt", "Status", "QueryType"],
};
