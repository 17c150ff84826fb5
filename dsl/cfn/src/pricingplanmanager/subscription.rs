// @generated from AWS::PricingPlanManager::Subscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PricingPlanManager::Subscription` and its property types.

/// Resource type definition for AWS::PricingPlanManager::Subscription.
///
/// CloudFormation type `AWS::PricingPlanManager::Subscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    props: ::forma_core::schema::Props,
}
impl Subscription {
    /// A new resource with its required properties: `PlanFamily`, `PlanTier`, `ResourceArns`.
    #[track_caller]
    pub fn new(
        plan_family: impl ::forma_core::schema::EnumArg<PlanFamily>,
        plan_tier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, plan_family.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, plan_tier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, resource_arns.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `UsageLevel`.
    #[track_caller]
    pub fn usage_level(mut self, value: impl ::forma_core::schema::EnumArg<UsageLevel>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Subscription {
    type Attributes = SubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::PricingPlanManager::Subscription"
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
/// The attributes of a `AWS::PricingPlanManager::Subscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriptionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriptionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CurrentPlanTier`.
    pub fn current_plan_tier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrentPlanTier")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `CloudFront`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlanFamily {
    /// `CloudFront`
    CloudFront,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlanFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudFront => "CloudFront",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CloudFront"]
    }
}
impl ::std::convert::From<PlanFamily> for ::forma_core::Value<PlanFamily> {
    fn from(v: PlanFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlanFamily {}

/// The values CloudFormation documents: `DEFAULT`, `CF_PREMIUM_L2`, `CF_PREMIUM_L3`, `CF_PREMIUM_L4`, `CF_PREMIUM_L5`, `CF_PREMIUM_L6`, `CF_PREMIUM_L7`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageLevel {
    /// `DEFAULT`
    Default,
    /// `CF_PREMIUM_L2`
    CfPremiumL2,
    /// `CF_PREMIUM_L3`
    CfPremiumL3,
    /// `CF_PREMIUM_L4`
    CfPremiumL4,
    /// `CF_PREMIUM_L5`
    CfPremiumL5,
    /// `CF_PREMIUM_L6`
    CfPremiumL6,
    /// `CF_PREMIUM_L7`
    CfPremiumL7,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UsageLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::CfPremiumL2 => "CF_PREMIUM_L2",
            Self::CfPremiumL3 => "CF_PREMIUM_L3",
            Self::CfPremiumL4 => "CF_PREMIUM_L4",
            Self::CfPremiumL5 => "CF_PREMIUM_L5",
            Self::CfPremiumL6 => "CF_PREMIUM_L6",
            Self::CfPremiumL7 => "CF_PREMIUM_L7",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "DEFAULT",
            "CF_PREMIUM_L2",
            "CF_PREMIUM_L3",
            "CF_PREMIUM_L4",
            "CF_PREMIUM_L5",
            "CF_PREMIUM_L6",
            "CF_PREMIUM_L7",
        ]
    }
}
impl ::std::convert::From<UsageLevel> for ::forma_core::Value<UsageLevel> {
    fn from(v: UsageLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UsageLevel {}

/// The schema of `AWS::PricingPlanManager::Subscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PricingPlanManager::Subscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "PlanFamily",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CloudFront"]),
        },
        ::forma_core::schema::Property {
            name: "PlanTier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceArns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UsageLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DEFAULT",
                "CF_PREMIUM_L2",
                "CF_PREMIUM_L3",
                "CF_PREMIUM_L4",
                "CF_PREMIUM_L5",
                "CF_PREMIUM_L6",
                "CF_PREMIUM_L7",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CurrentPlanTier", "Status", "StatusReason", "CreatedAt", "UpdatedAt"],
};
