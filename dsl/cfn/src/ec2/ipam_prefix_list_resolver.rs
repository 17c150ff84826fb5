// @generated from AWS::EC2::IPAMPrefixListResolver (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMPrefixListResolver` and its property types.

/// Resource Type definition for AWS::EC2::IPAMPrefixListResolver
///
/// CloudFormation type `AWS::EC2::IPAMPrefixListResolver`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamPrefixListResolver {
    props: ::forma_core::schema::Props,
}
impl IpamPrefixListResolver {
    /// A new resource with its required properties: `AddressFamily`.
    #[track_caller]
    pub fn new(address_family: impl ::forma_core::schema::EnumArg<AddressFamily>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, address_family.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Id of the IPAM this Prefix List Resolver is a part of.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipam_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Rules define the business logic for selecting CIDRs from IPAM.
    #[track_caller]
    pub fn rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpamPrefixListResolverRule>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamPrefixListResolver {
    type Attributes = IpamPrefixListResolverAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMPrefixListResolver"
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
/// The attributes of a `AWS::EC2::IPAMPrefixListResolver` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamPrefixListResolverAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamPrefixListResolverAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamPrefixListResolverAttributes {
    /// `Fn::GetAtt` `IpamArn`.
    pub fn ipam_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamArn")
    }
    /// `Fn::GetAtt` `IpamPrefixListResolverId`.
    pub fn ipam_prefix_list_resolver_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPrefixListResolverId")
    }
    /// `Fn::GetAtt` `IpamPrefixListResolverArn`.
    pub fn ipam_prefix_list_resolver_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamPrefixListResolverArn")
    }
}

/// The values CloudFormation documents: `ipv4`, `ipv6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddressFamily {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AddressFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6"]
    }
}
impl ::std::convert::From<AddressFamily> for ::forma_core::Value<AddressFamily> {
    fn from(v: AddressFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AddressFamily {}

/// The values CloudFormation documents: `vpc`, `subnet`, `eip`, `public-ipv4-pool`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `vpc`
    Vpc,
    /// `subnet`
    Subnet,
    /// `eip`
    Eip,
    /// `public-ipv4-pool`
    PublicIpv4Pool,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpc => "vpc",
            Self::Subnet => "subnet",
            Self::Eip => "eip",
            Self::PublicIpv4Pool => "public-ipv4-pool",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["vpc", "subnet", "eip", "public-ipv4-pool"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The values CloudFormation documents: `static-cidr`, `ipam-resource-cidr`, `ipam-pool-cidr`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleType {
    /// `static-cidr`
    StaticCidr,
    /// `ipam-resource-cidr`
    IpamResourceCidr,
    /// `ipam-pool-cidr`
    IpamPoolCidr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StaticCidr => "static-cidr",
            Self::IpamResourceCidr => "ipam-resource-cidr",
            Self::IpamPoolCidr => "ipam-pool-cidr",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["static-cidr", "ipam-resource-cidr", "ipam-pool-cidr"]
    }
}
impl ::std::convert::From<RuleType> for ::forma_core::Value<RuleType> {
    fn from(v: RuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleType {}

/// CIDR selection rules define the business logic for selecting CIDRs from IPAM.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamPrefixListResolverRule {
    props: ::forma_core::schema::Props,
}
impl IpamPrefixListResolverRule {
    /// A new value with its required properties: `RuleType`.
    pub fn new(rule_type: impl ::forma_core::schema::EnumArg<RuleType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, rule_type.into_enum_expr());
        Self { props }
    }
    /// Two of the rule types allow you to add conditions to the rules.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpamPrefixListResolverRuleCondition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// This rule will only match resources that are in this IPAM Scope.
    pub fn ipam_scope_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The resourceType property only applies to ipam-resource-cidr rules; this property specifies what type of resources this rule will apply to, such as VPCs or Subnets.
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// A fixed CIDR that doesn't change
    pub fn static_cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IpamPrefixListResolverRule> for ::forma_core::Value<IpamPrefixListResolverRule> {
    fn from(v: IpamPrefixListResolverRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPAM_PREFIX_LIST_RESOLVER_RULE_TYPE.properties))
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

/// The values CloudFormation documents: `equals`, `not-equals`, `subnet-of`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// `equals`
    Equals,
    /// `not-equals`
    NotEquals,
    /// `subnet-of`
    SubnetOf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Operation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "equals",
            Self::NotEquals => "not-equals",
            Self::SubnetOf => "subnet-of",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["equals", "not-equals", "subnet-of"]
    }
}
impl ::std::convert::From<Operation> for ::forma_core::Value<Operation> {
    fn from(v: Operation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Operation {}

/// Two of the rule types allow you to add conditions to the rules.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamPrefixListResolverRuleCondition {
    props: ::forma_core::schema::Props,
}
impl IpamPrefixListResolverRuleCondition {
    /// A new value with its required properties: `Operation`.
    ///
    /// CloudFormation also needs exactly one of `IpamPoolId`, `ResourceId`, `ResourceOwner`, `ResourceRegion`, `Cidr` or `ResourceTag`.
    pub fn new(operation: impl ::forma_core::schema::EnumArg<Operation>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, operation.into_enum_expr());
        Self { props }
    }
    /// Condition for the IPAM Resource CIDR rule type.
    pub fn cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Condition for the IPAM Pool CIDR rule type.
    pub fn ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Condition for the IPAM Resource CIDR rule type.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Condition for the IPAM Resource CIDR rule type.
    pub fn resource_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Condition for the IPAM Resource CIDR rule type.
    pub fn resource_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Condition for the IPAM Resource CIDR rule type.
    pub fn resource_tag(mut self, value: impl ::std::convert::Into<::forma_core::Value<Tag>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IpamPrefixListResolverRuleCondition>
    for ::forma_core::Value<IpamPrefixListResolverRuleCondition>
{
    fn from(v: IpamPrefixListResolverRuleCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPAM_PREFIX_LIST_RESOLVER_RULE_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::IPAMPrefixListResolver`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMPrefixListResolver",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddressFamily",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpamId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPAM_PREFIX_LIST_RESOLVER_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["IpamArn", "IpamPrefixListResolverId", "IpamPrefixListResolverArn"],
};

static IPAM_PREFIX_LIST_RESOLVER_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPAM_PREFIX_LIST_RESOLVER_RULE_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IpamScopeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["vpc", "subnet", "eip", "public-ipv4-pool"]),
        },
        ::forma_core::schema::Property {
            name: "RuleType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["static-cidr", "ipam-resource-cidr", "ipam-pool-cidr"]),
        },
        ::forma_core::schema::Property {
            name: "StaticCidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMPrefixListResolver.Tag",
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

static IPAM_PREFIX_LIST_RESOLVER_RULE_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRuleCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Cidr",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "IpamPoolId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Operation",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["equals", "not-equals", "subnet-of"]),
            },
            ::forma_core::schema::Property {
                name: "ResourceId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ResourceOwner",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ResourceRegion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ResourceTag",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TAG_TYPE),
            },
        ],
        rules: &[::forma_core::schema::Combination::OneOf(&[
            &["Operation", "IpamPoolId"],
            &["Operation", "ResourceId"],
            &["Operation", "ResourceOwner"],
            &["Operation", "ResourceRegion"],
            &["Operation", "Cidr"],
            &["Operation", "ResourceTag"],
        ])],
    };
