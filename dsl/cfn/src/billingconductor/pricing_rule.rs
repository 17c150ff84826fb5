// @generated from AWS::BillingConductor::PricingRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BillingConductor::PricingRule` and its property types.

/// A markup/discount that is defined for a specific set of services that can later be associated with a pricing plan.
///
/// CloudFormation type `AWS::BillingConductor::PricingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PricingRule {
    props: ::forma_core::schema::Props,
}
impl PricingRule {
    /// A new resource with its required properties: `Name`, `Scope`, `Type`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scope: impl ::forma_core::schema::EnumArg<Scope>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, scope.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The seller of services provided by AWS, their affiliates, or third-party providers selling services via AWS Marketplaces.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn billing_entity(mut self, value: impl ::forma_core::schema::EnumArg<BillingEntity>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Pricing rule description
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Pricing rule modifier percentage
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn modifier_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Operation which a SKU pricing rule is modifying
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn operation(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The service which a pricing rule is applied on
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The set of tiering configurations for the pricing rule.
    #[track_caller]
    pub fn tiering(mut self, value: impl ::std::convert::Into<::forma_core::Value<Tiering>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The UsageType which a SKU pricing rule is modifying
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn usage_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PricingRule {
    type Attributes = PricingRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::BillingConductor::PricingRule"
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
/// The attributes of a `AWS::BillingConductor::PricingRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PricingRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PricingRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PricingRuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AssociatedPricingPlanCount`.
    pub fn associated_pricing_plan_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AssociatedPricingPlanCount")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `AWS`, `AWS Marketplace`, `AISPL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BillingEntity {
    /// `AWS`
    Aws,
    /// `AWS Marketplace`
    AwsMarketplace,
    /// `AISPL`
    Aispl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BillingEntity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aws => "AWS",
            Self::AwsMarketplace => "AWS Marketplace",
            Self::Aispl => "AISPL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS", "AWS Marketplace", "AISPL"]
    }
}
impl ::std::convert::From<BillingEntity> for ::forma_core::Value<BillingEntity> {
    fn from(v: BillingEntity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BillingEntity {}

/// The values CloudFormation documents: `GLOBAL`, `SERVICE`, `BILLING_ENTITY`, `SKU`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `GLOBAL`
    Global,
    /// `SERVICE`
    Service,
    /// `BILLING_ENTITY`
    BillingEntity,
    /// `SKU`
    Sku,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "GLOBAL",
            Self::Service => "SERVICE",
            Self::BillingEntity => "BILLING_ENTITY",
            Self::Sku => "SKU",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GLOBAL", "SERVICE", "BILLING_ENTITY", "SKU"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The values CloudFormation documents: `MARKUP`, `DISCOUNT`, `TIERING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `MARKUP`
    Markup,
    /// `DISCOUNT`
    Discount,
    /// `TIERING`
    Tiering,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Markup => "MARKUP",
            Self::Discount => "DISCOUNT",
            Self::Tiering => "TIERING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MARKUP", "DISCOUNT", "TIERING"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `Tag` property type of `AWS::BillingConductor::PricingRule`.
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

/// The set of tiering configurations for the pricing rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Tiering {
    props: ::forma_core::schema::Props,
}
impl Tiering {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The set of custom volume tiers for a SKU-scoped TIERING pricing rule.
    pub fn custom_tiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomTier>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The possible customizable free tier configurations.
    pub fn free_tier(mut self, value: impl ::std::convert::Into<::forma_core::Value<FreeTier>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tiering {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tiering> for ::forma_core::Value<Tiering> {
    fn from(v: Tiering) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIERING_TYPE.properties))
    }
}

/// A custom volume tier that defines the rate applied to usage within the given range.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomTier {
    props: ::forma_core::schema::Props,
}
impl CustomTier {
    /// A new value with its required properties: `BeginRangeInclusive`, `RateValue`.
    pub fn new(
        begin_range_inclusive: impl ::std::convert::Into<::forma_core::Value<f64>>,
        rate_value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, begin_range_inclusive.into().into_expr());
        props.set(2, rate_value.into().into_expr());
        Self { props }
    }
    /// The exclusive end of the tier's usage range.
    ///
    /// Allowed: at least 0.
    pub fn end_range_exclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomTier> for ::forma_core::Value<CustomTier> {
    fn from(v: CustomTier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_TIER_TYPE.properties))
    }
}

/// The possible customizable free tier configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct FreeTier {
    props: ::forma_core::schema::Props,
}
impl FreeTier {
    /// A new value with its required properties: `Activated`.
    pub fn new(activated: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, activated.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FreeTier> for ::forma_core::Value<FreeTier> {
    fn from(v: FreeTier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FREE_TIER_TYPE.properties))
    }
}

/// The schema of `AWS::BillingConductor::PricingRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BillingConductor::PricingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "BillingEntity",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AWS", "AWS Marketplace", "AISPL"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModifierPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_\\+=\\.\\-@]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Operation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GLOBAL", "SERVICE", "BILLING_ENTITY", "SKU"]),
        },
        ::forma_core::schema::Property {
            name: "Service",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9\\.\\-]+"),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tiering",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIERING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MARKUP", "DISCOUNT", "TIERING"]),
        },
        ::forma_core::schema::Property {
            name: "UsageType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "AssociatedPricingPlanCount", "CreationTime", "LastModifiedTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::PricingRule.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TIERING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::PricingRule.Tiering",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomTiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_TIER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FreeTier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FREE_TIER_TYPE),
        },
    ],
    rules: &[],
};

static CUSTOM_TIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::PricingRule.CustomTier",
    properties: &[
        ::forma_core::schema::Property {
            name: "BeginRangeInclusive",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EndRangeExclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RateValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static FREE_TIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::PricingRule.FreeTier",
    properties: &[::forma_core::schema::Property {
        name: "Activated",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
