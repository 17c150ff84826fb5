// @generated from AWS::Budgets::Budget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Budgets::Budget` and its property types.

/// Resource Type definition for AWS::Budgets::Budget
///
/// CloudFormation type `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    props: ::forma_core::schema::Props,
}
impl Budget {
    /// A new resource with its required properties: `Budget`.
    #[track_caller]
    pub fn new(budget: impl ::std::convert::Into<::forma_core::Value<BudgetData>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, budget.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `NotificationsWithSubscribers`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn notifications_with_subscribers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationWithSubscribers>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceTags`.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Budget {
    type Attributes = BudgetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Budgets::Budget"
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
/// The attributes of a `AWS::Budgets::Budget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BudgetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BudgetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BudgetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `BudgetData` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetData {
    props: ::forma_core::schema::Props,
}
impl BudgetData {
    /// A new value with its required properties: `BudgetType`, `TimeUnit`.
    pub fn new(
        budget_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, budget_type.into().into_expr());
        props.set(11, time_unit.into().into_expr());
        Self { props }
    }
    /// `AutoAdjustData`.
    pub fn auto_adjust_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<AutoAdjustData>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BillingViewArn`.
    pub fn billing_view_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BudgetLimit`.
    pub fn budget_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<Spend>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `BudgetName`.
    pub fn budget_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `CostFilters`.
    pub fn cost_filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `CostTypes`.
    pub fn cost_types(mut self, value: impl ::std::convert::Into<::forma_core::Value<CostTypes>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `FilterExpression`.
    pub fn filter_expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Metrics`.
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PlannedBudgetLimits`.
    pub fn planned_budget_limits(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `TimePeriod`.
    pub fn time_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimePeriod>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BudgetData> for ::forma_core::Value<BudgetData> {
    fn from(v: BudgetData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUDGET_DATA_TYPE.properties))
    }
}

/// The `NotificationWithSubscribers` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationWithSubscribers {
    props: ::forma_core::schema::Props,
}
impl NotificationWithSubscribers {
    /// A new value with its required properties: `Notification`, `Subscribers`.
    pub fn new(
        notification: impl ::std::convert::Into<::forma_core::Value<Notification>>,
        subscribers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Subscriber>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, notification.into().into_expr());
        props.set(1, subscribers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotificationWithSubscribers> for ::forma_core::Value<NotificationWithSubscribers> {
    fn from(v: NotificationWithSubscribers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_WITH_SUBSCRIBERS_TYPE.properties))
    }
}

/// The `ResourceTag` property type of `AWS::Budgets::Budget`.
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

/// The `AutoAdjustData` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoAdjustData {
    props: ::forma_core::schema::Props,
}
impl AutoAdjustData {
    /// A new value with its required properties: `AutoAdjustType`.
    pub fn new(auto_adjust_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auto_adjust_type.into().into_expr());
        Self { props }
    }
    /// `HistoricalOptions`.
    pub fn historical_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HistoricalOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoAdjustData> for ::forma_core::Value<AutoAdjustData> {
    fn from(v: AutoAdjustData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_ADJUST_DATA_TYPE.properties))
    }
}

/// The `Spend` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Spend {
    props: ::forma_core::schema::Props,
}
impl Spend {
    /// A new value with its required properties: `Amount`, `Unit`.
    pub fn new(
        amount: impl ::std::convert::Into<::forma_core::Value<f64>>,
        unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, amount.into().into_expr());
        props.set(1, unit.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Spend> for ::forma_core::Value<Spend> {
    fn from(v: Spend) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPEND_TYPE.properties))
    }
}

/// The `CostTypes` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostTypes {
    props: ::forma_core::schema::Props,
}
impl CostTypes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IncludeCredit`.
    pub fn include_credit(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeDiscount`.
    pub fn include_discount(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludeOtherSubscription`.
    pub fn include_other_subscription(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IncludeRecurring`.
    pub fn include_recurring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `IncludeRefund`.
    pub fn include_refund(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IncludeSubscription`.
    pub fn include_subscription(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `IncludeSupport`.
    pub fn include_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `IncludeTax`.
    pub fn include_tax(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `IncludeUpfront`.
    pub fn include_upfront(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `UseAmortized`.
    pub fn use_amortized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `UseBlended`.
    pub fn use_blended(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CostTypes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CostTypes> for ::forma_core::Value<CostTypes> {
    fn from(v: CostTypes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COST_TYPES_TYPE.properties))
    }
}

/// The `Expression` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Expression {
    props: ::forma_core::schema::Props,
}
impl Expression {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `And`.
    pub fn and(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Expression>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CostCategories`.
    pub fn cost_categories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CostCategoryValues>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpressionDimensionValues>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Not`.
    pub fn not(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Or`.
    pub fn or(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Expression>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<TagValues>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Expression {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Expression> for ::forma_core::Value<Expression> {
    fn from(v: Expression) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESSION_TYPE.properties))
    }
}

/// The `TimePeriod` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimePeriod {
    props: ::forma_core::schema::Props,
}
impl TimePeriod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `End`.
    pub fn end(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Start`.
    pub fn start(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimePeriod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimePeriod> for ::forma_core::Value<TimePeriod> {
    fn from(v: TimePeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_PERIOD_TYPE.properties))
    }
}

/// The `Notification` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    props: ::forma_core::schema::Props,
}
impl Notification {
    /// A new value with its required properties: `ComparisonOperator`, `NotificationType`, `Threshold`.
    pub fn new(
        comparison_operator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        notification_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into().into_expr());
        props.set(1, notification_type.into().into_expr());
        props.set(2, threshold.into().into_expr());
        Self { props }
    }
    /// `ThresholdType`.
    pub fn threshold_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Notification> for ::forma_core::Value<Notification> {
    fn from(v: Notification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_TYPE.properties))
    }
}

/// The `Subscriber` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscriber {
    props: ::forma_core::schema::Props,
}
impl Subscriber {
    /// A new value with its required properties: `Address`, `SubscriptionType`.
    pub fn new(
        address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subscription_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address.into().into_expr());
        props.set(1, subscription_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Subscriber> for ::forma_core::Value<Subscriber> {
    fn from(v: Subscriber) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIBER_TYPE.properties))
    }
}

/// The `HistoricalOptions` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoricalOptions {
    props: ::forma_core::schema::Props,
}
impl HistoricalOptions {
    /// A new value with its required properties: `BudgetAdjustmentPeriod`.
    pub fn new(budget_adjustment_period: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, budget_adjustment_period.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HistoricalOptions> for ::forma_core::Value<HistoricalOptions> {
    fn from(v: HistoricalOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HISTORICAL_OPTIONS_TYPE.properties))
    }
}

/// The `CostCategoryValues` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostCategoryValues {
    props: ::forma_core::schema::Props,
}
impl CostCategoryValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MatchOptions`.
    pub fn match_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CostCategoryValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CostCategoryValues> for ::forma_core::Value<CostCategoryValues> {
    fn from(v: CostCategoryValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COST_CATEGORY_VALUES_TYPE.properties))
    }
}

/// The `ExpressionDimensionValues` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressionDimensionValues {
    props: ::forma_core::schema::Props,
}
impl ExpressionDimensionValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MatchOptions`.
    pub fn match_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExpressionDimensionValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExpressionDimensionValues> for ::forma_core::Value<ExpressionDimensionValues> {
    fn from(v: ExpressionDimensionValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESSION_DIMENSION_VALUES_TYPE.properties))
    }
}

/// The `TagValues` property type of `AWS::Budgets::Budget`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagValues {
    props: ::forma_core::schema::Props,
}
impl TagValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MatchOptions`.
    pub fn match_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagValues> for ::forma_core::Value<TagValues> {
    fn from(v: TagValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_VALUES_TYPE.properties))
    }
}

/// The schema of `AWS::Budgets::Budget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Budgets::Budget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Budget",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUDGET_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotificationsWithSubscribers",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NOTIFICATION_WITH_SUBSCRIBERS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static BUDGET_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.BudgetData",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoAdjustData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_ADJUST_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BillingViewArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BudgetLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPEND_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BudgetName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BudgetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CostFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CostTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COST_TYPES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilterExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlannedBudgetLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TimePeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NOTIFICATION_WITH_SUBSCRIBERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.NotificationWithSubscribers",
    properties: &[
        ::forma_core::schema::Property {
            name: "Notification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Subscribers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBSCRIBER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.ResourceTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTO_ADJUST_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.AutoAdjustData",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoAdjustType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HistoricalOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HISTORICAL_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static SPEND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.Spend",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COST_TYPES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.CostTypes",
    properties: &[
        ::forma_core::schema::Property {
            name: "IncludeCredit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeDiscount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeOtherSubscription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeRecurring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeRefund",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeSubscription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeTax",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeUpfront",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseAmortized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseBlended",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static EXPRESSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.Expression",
    properties: &[
        ::forma_core::schema::Property {
            name: "And",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CostCategories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COST_CATEGORY_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_DIMENSION_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Not",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Or",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TAG_VALUES_TYPE),
        },
    ],
    rules: &[],
};

static TIME_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.TimePeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "End",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Start",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NOTIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.Notification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NotificationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.1),
                maximum: Some(1000000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SUBSCRIBER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.Subscriber",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static HISTORICAL_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.HistoricalOptions",
    properties: &[::forma_core::schema::Property {
        name: "BudgetAdjustmentPeriod",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static COST_CATEGORY_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.CostCategoryValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MatchOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EXPRESSION_DIMENSION_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.ExpressionDimensionValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MatchOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Budgets::Budget.TagValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MatchOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
