// @generated from AWS::BCM::Dashboard (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BCM::Dashboard` and its property types.

/// Definition of AWS::BCM::Dashboard Resource Type
///
/// CloudFormation type `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    props: ::forma_core::schema::Props,
}
impl Dashboard {
    /// A new resource with its required properties: `Name`, `Widgets`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        widgets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Widget>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, widgets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dashboard {
    type Attributes = DashboardAttributes;
    fn type_name(&self) -> &str {
        "AWS::BCM::Dashboard"
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
/// The attributes of a `AWS::BCM::Dashboard` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DashboardAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DashboardAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DashboardAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
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

/// The `Tag` property type of `AWS::BCM::Dashboard`.
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

/// The `Widget` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct Widget {
    props: ::forma_core::schema::Props,
}
impl Widget {
    /// A new value with its required properties: `Configs`, `Title`.
    pub fn new(
        configs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WidgetConfig>>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configs.into().into_expr());
        props.set(4, title.into().into_expr());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 200.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Height`.
    ///
    /// Allowed: 4 to 10.
    pub fn height(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `HorizontalOffset`.
    pub fn horizontal_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Width`.
    ///
    /// Allowed: 2 to 6.
    pub fn width(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Widget> for ::forma_core::Value<Widget> {
    fn from(v: Widget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WIDGET_TYPE.properties))
    }
}

/// The `WidgetConfig` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetConfig {
    props: ::forma_core::schema::Props,
}
impl WidgetConfig {
    /// A new value with its required properties: `DisplayConfig`, `QueryParameters`.
    pub fn new(
        display_config: impl ::std::convert::Into<::forma_core::Value<DisplayConfig>>,
        query_parameters: impl ::std::convert::Into<::forma_core::Value<QueryParameters>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, display_config.into().into_expr());
        props.set(1, query_parameters.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WidgetConfig> for ::forma_core::Value<WidgetConfig> {
    fn from(v: WidgetConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WIDGET_CONFIG_TYPE.properties))
    }
}

/// The `DisplayConfig` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct DisplayConfig {
    props: ::forma_core::schema::Props,
}
impl DisplayConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Graph`.
    pub fn graph(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Table`.
    pub fn table(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DisplayConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DisplayConfig> for ::forma_core::Value<DisplayConfig> {
    fn from(v: DisplayConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISPLAY_CONFIG_TYPE.properties))
    }
}

/// The `QueryParameters` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryParameters {
    props: ::forma_core::schema::Props,
}
impl QueryParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CostAndUsage`.
    pub fn cost_and_usage(mut self, value: impl ::std::convert::Into<::forma_core::Value<CostAndUsageQuery>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ReservationCoverage`.
    pub fn reservation_coverage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReservationCoverageQuery>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ReservationUtilization`.
    pub fn reservation_utilization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReservationUtilizationQuery>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SavingsPlansCoverage`.
    pub fn savings_plans_coverage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SavingsPlansCoverageQuery>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SavingsPlansUtilization`.
    pub fn savings_plans_utilization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SavingsPlansUtilizationQuery>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QueryParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QueryParameters> for ::forma_core::Value<QueryParameters> {
    fn from(v: QueryParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_PARAMETERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LINE`, `BAR`, `STACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VisualType {
    /// `LINE`
    Line,
    /// `BAR`
    Bar,
    /// `STACK`
    Stack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VisualType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Line => "LINE",
            Self::Bar => "BAR",
            Self::Stack => "STACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINE", "BAR", "STACK"]
    }
}
impl ::std::convert::From<VisualType> for ::forma_core::Value<VisualType> {
    fn from(v: VisualType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VisualType {}

/// The `GraphDisplayConfig` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphDisplayConfig {
    props: ::forma_core::schema::Props,
}
impl GraphDisplayConfig {
    /// A new value with its required properties: `VisualType`.
    pub fn new(visual_type: impl ::forma_core::schema::EnumArg<VisualType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, visual_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<GraphDisplayConfig> for ::forma_core::Value<GraphDisplayConfig> {
    fn from(v: GraphDisplayConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRAPH_DISPLAY_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOURLY`, `DAILY`, `MONTHLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Granularity {
    /// `HOURLY`
    Hourly,
    /// `DAILY`
    Daily,
    /// `MONTHLY`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Granularity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hourly => "HOURLY",
            Self::Daily => "DAILY",
            Self::Monthly => "MONTHLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOURLY", "DAILY", "MONTHLY"]
    }
}
impl ::std::convert::From<Granularity> for ::forma_core::Value<Granularity> {
    fn from(v: Granularity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Granularity {}

/// The values CloudFormation documents: `AmortizedCost`, `BlendedCost`, `NetAmortizedCost`, `NetUnblendedCost`, `NormalizedUsageAmount`, `UnblendedCost`, `UsageQuantity`, `SpendCoveredBySavingsPlans`, `Hour`, `Unit`, `Cost`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetricName {
    /// `AmortizedCost`
    AmortizedCost,
    /// `BlendedCost`
    BlendedCost,
    /// `NetAmortizedCost`
    NetAmortizedCost,
    /// `NetUnblendedCost`
    NetUnblendedCost,
    /// `NormalizedUsageAmount`
    NormalizedUsageAmount,
    /// `UnblendedCost`
    UnblendedCost,
    /// `UsageQuantity`
    UsageQuantity,
    /// `SpendCoveredBySavingsPlans`
    SpendCoveredBySavingsPlans,
    /// `Hour`
    Hour,
    /// `Unit`
    Unit,
    /// `Cost`
    Cost,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetricName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmortizedCost => "AmortizedCost",
            Self::BlendedCost => "BlendedCost",
            Self::NetAmortizedCost => "NetAmortizedCost",
            Self::NetUnblendedCost => "NetUnblendedCost",
            Self::NormalizedUsageAmount => "NormalizedUsageAmount",
            Self::UnblendedCost => "UnblendedCost",
            Self::UsageQuantity => "UsageQuantity",
            Self::SpendCoveredBySavingsPlans => "SpendCoveredBySavingsPlans",
            Self::Hour => "Hour",
            Self::Unit => "Unit",
            Self::Cost => "Cost",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AmortizedCost",
            "BlendedCost",
            "NetAmortizedCost",
            "NetUnblendedCost",
            "NormalizedUsageAmount",
            "UnblendedCost",
            "UsageQuantity",
            "SpendCoveredBySavingsPlans",
            "Hour",
            "Unit",
            "Cost",
        ]
    }
}
impl ::std::convert::From<MetricName> for ::forma_core::Value<MetricName> {
    fn from(v: MetricName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetricName {}

/// The `CostAndUsageQuery` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostAndUsageQuery {
    props: ::forma_core::schema::Props,
}
impl CostAndUsageQuery {
    /// A new value with its required properties: `Granularity`, `Metrics`, `TimeRange`.
    pub fn new(
        granularity: impl ::forma_core::schema::EnumArg<Granularity>,
        metrics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricName>>>,
        time_range: impl ::std::convert::Into<::forma_core::Value<DateTimeRange>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, granularity.into_enum_expr());
        props.set(3, metrics.into().into_expr());
        props.set(4, time_range.into().into_expr());
        Self { props }
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<CostAndUsageExpression>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GroupBy`.
    pub fn group_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupDefinition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CostAndUsageQuery> for ::forma_core::Value<CostAndUsageQuery> {
    fn from(v: CostAndUsageQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COST_AND_USAGE_QUERY_TYPE.properties))
    }
}

/// The `ReservationCoverageQuery` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReservationCoverageQuery {
    props: ::forma_core::schema::Props,
}
impl ReservationCoverageQuery {
    /// A new value with its required properties: `TimeRange`.
    pub fn new(time_range: impl ::std::convert::Into<::forma_core::Value<DateTimeRange>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, time_range.into().into_expr());
        Self { props }
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Granularity`.
    pub fn granularity(mut self, value: impl ::forma_core::schema::EnumArg<Granularity>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `GroupBy`.
    pub fn group_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupDefinition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Metrics`.
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricName>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReservationCoverageQuery> for ::forma_core::Value<ReservationCoverageQuery> {
    fn from(v: ReservationCoverageQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESERVATION_COVERAGE_QUERY_TYPE.properties))
    }
}

/// The `ReservationUtilizationQuery` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReservationUtilizationQuery {
    props: ::forma_core::schema::Props,
}
impl ReservationUtilizationQuery {
    /// A new value with its required properties: `TimeRange`.
    pub fn new(time_range: impl ::std::convert::Into<::forma_core::Value<DateTimeRange>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, time_range.into().into_expr());
        Self { props }
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Granularity`.
    pub fn granularity(mut self, value: impl ::forma_core::schema::EnumArg<Granularity>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `GroupBy`.
    pub fn group_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupDefinition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReservationUtilizationQuery> for ::forma_core::Value<ReservationUtilizationQuery> {
    fn from(v: ReservationUtilizationQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESERVATION_UTILIZATION_QUERY_TYPE.properties))
    }
}

/// The `SavingsPlansCoverageQuery` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingsPlansCoverageQuery {
    props: ::forma_core::schema::Props,
}
impl SavingsPlansCoverageQuery {
    /// A new value with its required properties: `TimeRange`.
    pub fn new(time_range: impl ::std::convert::Into<::forma_core::Value<DateTimeRange>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, time_range.into().into_expr());
        Self { props }
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Granularity`.
    pub fn granularity(mut self, value: impl ::forma_core::schema::EnumArg<Granularity>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `GroupBy`.
    pub fn group_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GroupDefinition>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Metrics`.
    pub fn metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricName>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SavingsPlansCoverageQuery> for ::forma_core::Value<SavingsPlansCoverageQuery> {
    fn from(v: SavingsPlansCoverageQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAVINGS_PLANS_COVERAGE_QUERY_TYPE.properties))
    }
}

/// The `SavingsPlansUtilizationQuery` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavingsPlansUtilizationQuery {
    props: ::forma_core::schema::Props,
}
impl SavingsPlansUtilizationQuery {
    /// A new value with its required properties: `TimeRange`.
    pub fn new(time_range: impl ::std::convert::Into<::forma_core::Value<DateTimeRange>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, time_range.into().into_expr());
        Self { props }
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Granularity`.
    pub fn granularity(mut self, value: impl ::forma_core::schema::EnumArg<Granularity>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SavingsPlansUtilizationQuery> for ::forma_core::Value<SavingsPlansUtilizationQuery> {
    fn from(v: SavingsPlansUtilizationQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAVINGS_PLANS_UTILIZATION_QUERY_TYPE.properties))
    }
}

/// The `CostAndUsageExpression` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostAndUsageExpression {
    props: ::forma_core::schema::Props,
}
impl CostAndUsageExpression {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `And`.
    pub fn and(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CostAndUsageExpression>>>,
    ) -> Self {
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
    pub fn dimensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<DimensionValues>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Not`.
    pub fn not(mut self, value: impl ::std::convert::Into<::forma_core::Value<CostAndUsageExpression>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Or`.
    pub fn or(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CostAndUsageExpression>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<TagValues>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CostAndUsageExpression {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CostAndUsageExpression> for ::forma_core::Value<CostAndUsageExpression> {
    fn from(v: CostAndUsageExpression) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COST_AND_USAGE_EXPRESSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DIMENSION`, `TAG`, `COST_CATEGORY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupDefinitionType {
    /// `DIMENSION`
    Dimension,
    /// `TAG`
    Tag,
    /// `COST_CATEGORY`
    CostCategory,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GroupDefinitionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dimension => "DIMENSION",
            Self::Tag => "TAG",
            Self::CostCategory => "COST_CATEGORY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIMENSION", "TAG", "COST_CATEGORY"]
    }
}
impl ::std::convert::From<GroupDefinitionType> for ::forma_core::Value<GroupDefinitionType> {
    fn from(v: GroupDefinitionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GroupDefinitionType {}

/// The `GroupDefinition` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupDefinition {
    props: ::forma_core::schema::Props,
}
impl GroupDefinition {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<GroupDefinitionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<GroupDefinition> for ::forma_core::Value<GroupDefinition> {
    fn from(v: GroupDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUP_DEFINITION_TYPE.properties))
    }
}

/// The `DateTimeRange` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeRange {
    props: ::forma_core::schema::Props,
}
impl DateTimeRange {
    /// A new value with its required properties: `EndTime`, `StartTime`.
    pub fn new(
        end_time: impl ::std::convert::Into<::forma_core::Value<DateTimeValue>>,
        start_time: impl ::std::convert::Into<::forma_core::Value<DateTimeValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_time.into().into_expr());
        props.set(1, start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DateTimeRange> for ::forma_core::Value<DateTimeRange> {
    fn from(v: DateTimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_TIME_RANGE_TYPE.properties))
    }
}

/// The `Expression` property type of `AWS::BCM::Dashboard`.
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
    pub fn dimensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<DimensionValues>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Not`.
    pub fn not(mut self, value: impl ::std::convert::Into<::forma_core::Value<Expression>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<TagValues>>) -> Self {
        self.props.set(4, value.into().into_expr());
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

/// The values CloudFormation documents: `EQUALS`, `ABSENT`, `STARTS_WITH`, `ENDS_WITH`, `CONTAINS`, `GREATER_THAN_OR_EQUAL`, `CASE_SENSITIVE`, `CASE_INSENSITIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchOption {
    /// `EQUALS`
    Equals,
    /// `ABSENT`
    Absent,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `CONTAINS`
    Contains,
    /// `GREATER_THAN_OR_EQUAL`
    GreaterThanOrEqual,
    /// `CASE_SENSITIVE`
    CaseSensitive,
    /// `CASE_INSENSITIVE`
    CaseInsensitive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MatchOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Absent => "ABSENT",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Contains => "CONTAINS",
            Self::GreaterThanOrEqual => "GREATER_THAN_OR_EQUAL",
            Self::CaseSensitive => "CASE_SENSITIVE",
            Self::CaseInsensitive => "CASE_INSENSITIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "EQUALS",
            "ABSENT",
            "STARTS_WITH",
            "ENDS_WITH",
            "CONTAINS",
            "GREATER_THAN_OR_EQUAL",
            "CASE_SENSITIVE",
            "CASE_INSENSITIVE",
        ]
    }
}
impl ::std::convert::From<MatchOption> for ::forma_core::Value<MatchOption> {
    fn from(v: MatchOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MatchOption {}

/// The `CostCategoryValues` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostCategoryValues {
    props: ::forma_core::schema::Props,
}
impl CostCategoryValues {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(2, values.into().into_expr());
        Self { props }
    }
    /// `MatchOptions`.
    pub fn match_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchOption>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CostCategoryValues> for ::forma_core::Value<CostCategoryValues> {
    fn from(v: CostCategoryValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COST_CATEGORY_VALUES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AZ`, `INSTANCE_TYPE`, `LINKED_ACCOUNT`, `OPERATION`, `PURCHASE_TYPE`, `REGION`, `SERVICE`, `USAGE_TYPE`, `USAGE_TYPE_GROUP`, `RECORD_TYPE`, `OPERATING_SYSTEM`, `TENANCY`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dimension {
    /// `AZ`
    Az,
    /// `INSTANCE_TYPE`
    InstanceType,
    /// `LINKED_ACCOUNT`
    LinkedAccount,
    /// `OPERATION`
    Operation,
    /// `PURCHASE_TYPE`
    PurchaseType,
    /// `REGION`
    Region,
    /// `SERVICE`
    Service,
    /// `USAGE_TYPE`
    UsageType,
    /// `USAGE_TYPE_GROUP`
    UsageTypeGroup,
    /// `RECORD_TYPE`
    RecordType,
    /// `OPERATING_SYSTEM`
    OperatingSystem,
    /// `TENANCY`
    Tenancy,
    /// `SCOPE`
    Scope,
    /// `PLATFORM`
    Platform,
    /// `SUBSCRIPTION_ID`
    SubscriptionId,
    /// `LEGAL_ENTITY_NAME`
    LegalEntityName,
    /// `DEPLOYMENT_OPTION`
    DeploymentOption,
    /// `DATABASE_ENGINE`
    DatabaseEngine,
    /// `CACHE_ENGINE`
    CacheEngine,
    /// `INSTANCE_TYPE_FAMILY`
    InstanceTypeFamily,
    /// `BILLING_ENTITY`
    BillingEntity,
    /// `RESERVATION_ID`
    ReservationId,
    /// `RESOURCE_ID`
    ResourceId,
    /// `SAVINGS_PLANS_TYPE`
    SavingsPlansType,
    /// `TAG_KEY`
    TagKey,
    /// `COST_CATEGORY_NAME`
    CostCategoryName,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Dimension {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Az => "AZ",
            Self::InstanceType => "INSTANCE_TYPE",
            Self::LinkedAccount => "LINKED_ACCOUNT",
            Self::Operation => "OPERATION",
            Self::PurchaseType => "PURCHASE_TYPE",
            Self::Region => "REGION",
            Self::Service => "SERVICE",
            Self::UsageType => "USAGE_TYPE",
            Self::UsageTypeGroup => "USAGE_TYPE_GROUP",
            Self::RecordType => "RECORD_TYPE",
            Self::OperatingSystem => "OPERATING_SYSTEM",
            Self::Tenancy => "TENANCY",
            Self::Scope => "SCOPE",
            Self::Platform => "PLATFORM",
            Self::SubscriptionId => "SUBSCRIPTION_ID",
            Self::LegalEntityName => "LEGAL_ENTITY_NAME",
            Self::DeploymentOption => "DEPLOYMENT_OPTION",
            Self::DatabaseEngine => "DATABASE_ENGINE",
            Self::CacheEngine => "CACHE_ENGINE",
            Self::InstanceTypeFamily => "INSTANCE_TYPE_FAMILY",
            Self::BillingEntity => "BILLING_ENTITY",
            Self::ReservationId => "RESERVATION_ID",
            Self::ResourceId => "RESOURCE_ID",
            Self::SavingsPlansType => "SAVINGS_PLANS_TYPE",
            Self::TagKey => "TAG_KEY",
            Self::CostCategoryName => "COST_CATEGORY_NAME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AZ",
            "INSTANCE_TYPE",
            "LINKED_ACCOUNT",
            "OPERATION",
            "PURCHASE_TYPE",
            "REGION",
            "SERVICE",
            "USAGE_TYPE",
            "USAGE_TYPE_GROUP",
            "RECORD_TYPE",
            "OPERATING_SYSTEM",
            "TENANCY",
            "SCOPE",
            "PLATFORM",
            "SUBSCRIPTION_ID",
            "LEGAL_ENTITY_NAME",
            "DEPLOYMENT_OPTION",
            "DATABASE_ENGINE",
            "CACHE_ENGINE",
            "INSTANCE_TYPE_FAMILY",
            "BILLING_ENTITY",
            "RESERVATION_ID",
            "RESOURCE_ID",
            "SAVINGS_PLANS_TYPE",
            "TAG_KEY",
            "COST_CATEGORY_NAME",
        ]
    }
}
impl ::std::convert::From<Dimension> for ::forma_core::Value<Dimension> {
    fn from(v: Dimension) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Dimension {}

/// The `DimensionValues` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionValues {
    props: ::forma_core::schema::Props,
}
impl DimensionValues {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::forma_core::schema::EnumArg<Dimension>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into_enum_expr());
        props.set(2, values.into().into_expr());
        Self { props }
    }
    /// `MatchOptions`.
    pub fn match_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchOption>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DimensionValues> for ::forma_core::Value<DimensionValues> {
    fn from(v: DimensionValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_VALUES_TYPE.properties))
    }
}

/// The `TagValues` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagValues {
    props: ::forma_core::schema::Props,
}
impl TagValues {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(2, values.into().into_expr());
        Self { props }
    }
    /// `MatchOptions`.
    pub fn match_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchOption>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TagValues> for ::forma_core::Value<TagValues> {
    fn from(v: TagValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_VALUES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ABSOLUTE`, `RELATIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateTimeType {
    /// `ABSOLUTE`
    Absolute,
    /// `RELATIVE`
    Relative,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DateTimeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Absolute => "ABSOLUTE",
            Self::Relative => "RELATIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ABSOLUTE", "RELATIVE"]
    }
}
impl ::std::convert::From<DateTimeType> for ::forma_core::Value<DateTimeType> {
    fn from(v: DateTimeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DateTimeType {}

/// The `DateTimeValue` property type of `AWS::BCM::Dashboard`.
#[derive(Debug, Clone, PartialEq)]
pub struct DateTimeValue {
    props: ::forma_core::schema::Props,
}
impl DateTimeValue {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<DateTimeType>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DateTimeValue> for ::forma_core::Value<DateTimeValue> {
    fn from(v: DateTimeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_TIME_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::BCM::Dashboard`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BCM::Dashboard",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!.* {2})[ a-zA-Z0-9.,!?;:@#$%&\\-_/\\\\]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!.* {2})[a-zA-Z][a-zA-Z0-9 _-]{0,48}[a-zA-Z0-9_-]$"),
                min_length: Some(2),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Widgets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WIDGET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Type", "CreatedAt", "UpdatedAt"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.Tag",
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

static WIDGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.Widget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WIDGET_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!.* {2})[ a-zA-Z0-9.,!?;:@#$%&\\-_/\\\\]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Height",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(4.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HorizontalOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!.* {2})[a-zA-Z0-9_-][ a-zA-Z0-9_-]*[a-zA-Z0-9_-]$"),
                min_length: Some(2),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Width",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: Some(6.0),
            }),
        },
    ],
    rules: &[],
};

static WIDGET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.WidgetConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISPLAY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryParameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static DISPLAY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.DisplayConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Graph",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&GRAPH_DISPLAY_CONFIG_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Table",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static QUERY_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.QueryParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CostAndUsage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COST_AND_USAGE_QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReservationCoverage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESERVATION_COVERAGE_QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReservationUtilization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESERVATION_UTILIZATION_QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SavingsPlansCoverage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAVINGS_PLANS_COVERAGE_QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SavingsPlansUtilization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAVINGS_PLANS_UTILIZATION_QUERY_TYPE),
        },
    ],
    rules: &[],
};

static GRAPH_DISPLAY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.GraphDisplayConfig",
    properties: &[::forma_core::schema::Property {
        name: "VisualType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["LINE", "BAR", "STACK"]),
    }],
    rules: &[],
};

static COST_AND_USAGE_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.CostAndUsageQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COST_AND_USAGE_EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Granularity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURLY", "DAILY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "GroupBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AmortizedCost",
                    "BlendedCost",
                    "NetAmortizedCost",
                    "NetUnblendedCost",
                    "NormalizedUsageAmount",
                    "UnblendedCost",
                    "UsageQuantity",
                    "SpendCoveredBySavingsPlans",
                    "Hour",
                    "Unit",
                    "Cost",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeRange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static RESERVATION_COVERAGE_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.ReservationCoverageQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Granularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURLY", "DAILY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "GroupBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AmortizedCost",
                    "BlendedCost",
                    "NetAmortizedCost",
                    "NetUnblendedCost",
                    "NormalizedUsageAmount",
                    "UnblendedCost",
                    "UsageQuantity",
                    "SpendCoveredBySavingsPlans",
                    "Hour",
                    "Unit",
                    "Cost",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeRange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static RESERVATION_UTILIZATION_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.ReservationUtilizationQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Granularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURLY", "DAILY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "GroupBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeRange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static SAVINGS_PLANS_COVERAGE_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.SavingsPlansCoverageQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Granularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURLY", "DAILY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "GroupBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AmortizedCost",
                    "BlendedCost",
                    "NetAmortizedCost",
                    "NetUnblendedCost",
                    "NormalizedUsageAmount",
                    "UnblendedCost",
                    "UsageQuantity",
                    "SpendCoveredBySavingsPlans",
                    "Hour",
                    "Unit",
                    "Cost",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeRange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static SAVINGS_PLANS_UTILIZATION_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.SavingsPlansUtilizationQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Granularity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURLY", "DAILY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "TimeRange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static COST_AND_USAGE_EXPRESSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.CostAndUsageExpression",
    properties: &[
        ::forma_core::schema::Property {
            name: "And",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COST_AND_USAGE_EXPRESSION_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&DIMENSION_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Not",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COST_AND_USAGE_EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Or",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COST_AND_USAGE_EXPRESSION_TYPE),
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

static GROUP_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.GroupDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DIMENSION", "TAG", "COST_CATEGORY"]),
        },
    ],
    rules: &[],
};

static DATE_TIME_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.DateTimeRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATE_TIME_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static EXPRESSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.Expression",
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
            shape: ::forma_core::schema::Shape::Object(&DIMENSION_VALUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Not",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESSION_TYPE),
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

static COST_CATEGORY_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.CostCategoryValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MatchOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "EQUALS",
                    "ABSENT",
                    "STARTS_WITH",
                    "ENDS_WITH",
                    "CONTAINS",
                    "GREATER_THAN_OR_EQUAL",
                    "CASE_SENSITIVE",
                    "CASE_INSENSITIVE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static DIMENSION_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.DimensionValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AZ",
                "INSTANCE_TYPE",
                "LINKED_ACCOUNT",
                "OPERATION",
                "PURCHASE_TYPE",
                "REGION",
                "SERVICE",
                "USAGE_TYPE",
                "USAGE_TYPE_GROUP",
                "RECORD_TYPE",
                "OPERATING_SYSTEM",
                "TENANCY",
                "SCOPE",
                "PLATFORM",
                "SUBSCRIPTION_ID",
                "LEGAL_ENTITY_NAME",
                "DEPLOYMENT_OPTION",
                "DATABASE_ENGINE",
                "CACHE_ENGINE",
                "INSTANCE_TYPE_FAMILY",
                "BILLING_ENTITY",
                "RESERVATION_ID",
                "RESOURCE_ID",
                "SAVINGS_PLANS_TYPE",
                "TAG_KEY",
                "COST_CATEGORY_NAME",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MatchOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "EQUALS",
                    "ABSENT",
                    "STARTS_WITH",
                    "ENDS_WITH",
                    "CONTAINS",
                    "GREATER_THAN_OR_EQUAL",
                    "CASE_SENSITIVE",
                    "CASE_INSENSITIVE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static TAG_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.TagValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MatchOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "EQUALS",
                    "ABSENT",
                    "STARTS_WITH",
                    "ENDS_WITH",
                    "CONTAINS",
                    "GREATER_THAN_OR_EQUAL",
                    "CASE_SENSITIVE",
                    "CASE_INSENSITIVE",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Values",
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

static DATE_TIME_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BCM::Dashboard.DateTimeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ABSOLUTE", "RELATIVE"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
