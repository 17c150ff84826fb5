// @generated from AWS::BillingConductor::CustomLineItem (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BillingConductor::CustomLineItem` and its property types.

/// A custom line item is an one time charge that is applied to a specific billing group's bill.
///
/// CloudFormation type `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomLineItem {
    props: ::forma_core::schema::Props,
}
impl CustomLineItem {
    /// A new resource with its required properties: `BillingGroupArn`, `Name`.
    #[track_caller]
    pub fn new(
        billing_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, billing_group_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The account which this custom line item will be charged to
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BillingPeriodRange`.
    #[track_caller]
    pub fn billing_period_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BillingPeriodRange>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display settings of the Custom Line Item.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn computation_rule(mut self, value: impl ::forma_core::schema::EnumArg<ComputationRule>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomLineItemChargeDetails`.
    #[track_caller]
    pub fn custom_line_item_charge_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomLineItemChargeDetails>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PresentationDetails`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn presentation_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PresentationDetails>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomLineItem {
    type Attributes = CustomLineItemAttributes;
    fn type_name(&self) -> &str {
        "AWS::BillingConductor::CustomLineItem"
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
/// The attributes of a `AWS::BillingConductor::CustomLineItem` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomLineItemAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomLineItemAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomLineItemAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `AssociationSize`.
    pub fn association_size(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AssociationSize")
    }
    /// `Fn::GetAtt` `CurrencyCode`.
    pub fn currency_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrencyCode")
    }
    /// `Fn::GetAtt` `ProductCode`.
    pub fn product_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProductCode")
    }
}

/// The values CloudFormation documents: `CONSOLIDATED`, `ITEMIZED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputationRule {
    /// `CONSOLIDATED`
    Consolidated,
    /// `ITEMIZED`
    Itemized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputationRule {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Consolidated => "CONSOLIDATED",
            Self::Itemized => "ITEMIZED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONSOLIDATED", "ITEMIZED"]
    }
}
impl ::std::convert::From<ComputationRule> for ::forma_core::Value<ComputationRule> {
    fn from(v: ComputationRule) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputationRule {}

/// The `BillingPeriodRange` property type of `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct BillingPeriodRange {
    props: ::forma_core::schema::Props,
}
impl BillingPeriodRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ExclusiveEndBillingPeriod`.
    pub fn exclusive_end_billing_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InclusiveStartBillingPeriod`.
    pub fn inclusive_start_billing_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BillingPeriodRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BillingPeriodRange> for ::forma_core::Value<BillingPeriodRange> {
    fn from(v: BillingPeriodRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BILLING_PERIOD_RANGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FEE`, `CREDIT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `FEE`
    Fee,
    /// `CREDIT`
    Credit,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fee => "FEE",
            Self::Credit => "CREDIT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FEE", "CREDIT"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `CustomLineItemChargeDetails` property type of `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomLineItemChargeDetails {
    props: ::forma_core::schema::Props,
}
impl CustomLineItemChargeDetails {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// `Flat`.
    pub fn flat(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomLineItemFlatChargeDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LineItemFilters`.
    pub fn line_item_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LineItemFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Percentage`.
    pub fn percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomLineItemPercentageChargeDetails>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomLineItemChargeDetails> for ::forma_core::Value<CustomLineItemChargeDetails> {
    fn from(v: CustomLineItemChargeDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_LINE_ITEM_CHARGE_DETAILS_TYPE.properties))
    }
}

/// The `PresentationDetails` property type of `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct PresentationDetails {
    props: ::forma_core::schema::Props,
}
impl PresentationDetails {
    /// A new value with its required properties: `Service`.
    pub fn new(service: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, service.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PresentationDetails> for ::forma_core::Value<PresentationDetails> {
    fn from(v: PresentationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRESENTATION_DETAILS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BillingConductor::CustomLineItem`.
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

/// The `CustomLineItemFlatChargeDetails` property type of `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomLineItemFlatChargeDetails {
    props: ::forma_core::schema::Props,
}
impl CustomLineItemFlatChargeDetails {
    /// A new value with its required properties: `ChargeValue`.
    pub fn new(charge_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, charge_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomLineItemFlatChargeDetails> for ::forma_core::Value<CustomLineItemFlatChargeDetails> {
    fn from(v: CustomLineItemFlatChargeDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_LINE_ITEM_FLAT_CHARGE_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LINE_ITEM_TYPE`, `SERVICE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Attribute {
    /// `LINE_ITEM_TYPE`
    LineItemType,
    /// `SERVICE`
    Service,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Attribute {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LineItemType => "LINE_ITEM_TYPE",
            Self::Service => "SERVICE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINE_ITEM_TYPE", "SERVICE"]
    }
}
impl ::std::convert::From<Attribute> for ::forma_core::Value<Attribute> {
    fn from(v: Attribute) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Attribute {}

/// The values CloudFormation documents: `NOT_EQUAL`, `EQUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchOption {
    /// `NOT_EQUAL`
    NotEqual,
    /// `EQUAL`
    Equal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MatchOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotEqual => "NOT_EQUAL",
            Self::Equal => "EQUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NOT_EQUAL", "EQUAL"]
    }
}
impl ::std::convert::From<MatchOption> for ::forma_core::Value<MatchOption> {
    fn from(v: MatchOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MatchOption {}

/// The values CloudFormation documents: `SAVINGS_PLAN_NEGATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineItemFilterValue {
    /// `SAVINGS_PLAN_NEGATION`
    SavingsPlanNegation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LineItemFilterValue {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SavingsPlanNegation => "SAVINGS_PLAN_NEGATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAVINGS_PLAN_NEGATION"]
    }
}
impl ::std::convert::From<LineItemFilterValue> for ::forma_core::Value<LineItemFilterValue> {
    fn from(v: LineItemFilterValue) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LineItemFilterValue {}

/// The `LineItemFilter` property type of `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct LineItemFilter {
    props: ::forma_core::schema::Props,
}
impl LineItemFilter {
    /// A new value with its required properties: `Attribute`, `MatchOption`.
    pub fn new(
        attribute: impl ::forma_core::schema::EnumArg<Attribute>,
        match_option: impl ::forma_core::schema::EnumArg<MatchOption>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute.into_enum_expr());
        props.set(2, match_option.into_enum_expr());
        Self { props }
    }
    /// `AttributeValues`.
    pub fn attribute_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LineItemFilterValue>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LineItemFilter> for ::forma_core::Value<LineItemFilter> {
    fn from(v: LineItemFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINE_ITEM_FILTER_TYPE.properties))
    }
}

/// The `CustomLineItemPercentageChargeDetails` property type of `AWS::BillingConductor::CustomLineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomLineItemPercentageChargeDetails {
    props: ::forma_core::schema::Props,
}
impl CustomLineItemPercentageChargeDetails {
    /// A new value with its required properties: `PercentageValue`.
    pub fn new(percentage_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, percentage_value.into().into_expr());
        Self { props }
    }
    /// `ChildAssociatedResources`.
    pub fn child_associated_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomLineItemPercentageChargeDetails>
    for ::forma_core::Value<CustomLineItemPercentageChargeDetails>
{
    fn from(v: CustomLineItemPercentageChargeDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_LINE_ITEM_PERCENTAGE_CHARGE_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::BillingConductor::CustomLineItem`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BillingConductor::CustomLineItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingGroupArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-cn)?:billingconductor::[0-9]{12}:billinggroup/?[a-zA-Z0-9]{10,12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingPeriodRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BILLING_PERIOD_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputationRule",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CONSOLIDATED", "ITEMIZED"]),
        },
        ::forma_core::schema::Property {
            name: "CustomLineItemChargeDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_LINE_ITEM_CHARGE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
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
            name: "PresentationDetails",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PRESENTATION_DETAILS_TYPE),
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
    attributes: &["Arn", "CreationTime", "LastModifiedTime", "AssociationSize", "CurrencyCode", "ProductCode"],
};

static BILLING_PERIOD_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::CustomLineItem.BillingPeriodRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExclusiveEndBillingPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\d{4}-(0?[1-9]|1[012])"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InclusiveStartBillingPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\d{4}-(0?[1-9]|1[012])"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_LINE_ITEM_CHARGE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::CustomLineItem.CustomLineItemChargeDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Flat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_LINE_ITEM_FLAT_CHARGE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LineItemFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LINE_ITEM_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Percentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_LINE_ITEM_PERCENTAGE_CHARGE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FEE", "CREDIT"]),
        },
    ],
    rules: &[],
};

static PRESENTATION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::CustomLineItem.PresentationDetails",
    properties: &[::forma_core::schema::Property {
        name: "Service",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9]+$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::CustomLineItem.Tag",
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

static CUSTOM_LINE_ITEM_FLAT_CHARGE_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BillingConductor::CustomLineItem.CustomLineItemFlatChargeDetails",
        properties: &[::forma_core::schema::Property {
            name: "ChargeValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000000.0),
            }),
        }],
        rules: &[],
    };

static LINE_ITEM_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BillingConductor::CustomLineItem.LineItemFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attribute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINE_ITEM_TYPE", "SERVICE"]),
        },
        ::forma_core::schema::Property {
            name: "AttributeValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchOption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NOT_EQUAL", "EQUAL"]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SAVINGS_PLAN_NEGATION"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CUSTOM_LINE_ITEM_PERCENTAGE_CHARGE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BillingConductor::CustomLineItem.CustomLineItemPercentageChargeDetails",
properties: &[
::forma_core::schema::Property { name: "ChildAssociatedResources", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(arn:aws(-cn)?:billingconductor::[0-9]{12}:(customlineitem|billinggroup)/)?[a-zA-Z0-9]{10,12}"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "PercentageValue", required: true, create_only: false, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(10000.0) }) },
],
rules: &[],
};
