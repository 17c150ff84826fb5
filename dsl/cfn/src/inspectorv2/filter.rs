// @generated from AWS::InspectorV2::Filter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::InspectorV2::Filter` and its property types.

/// Inspector Filter resource schema
///
/// CloudFormation type `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new resource with its required properties: `FilterAction`, `FilterCriteria`, `Name`.
    #[track_caller]
    pub fn new(
        filter_action: impl ::forma_core::schema::EnumArg<FilterAction>,
        filter_criteria: impl ::std::convert::Into<::forma_core::Value<FilterCriteria>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, filter_action.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, filter_criteria.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Findings filter description.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Filter {
    type Attributes = FilterAttributes;
    fn type_name(&self) -> &str {
        "AWS::InspectorV2::Filter"
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
/// The attributes of a `AWS::InspectorV2::Filter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FilterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FilterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FilterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `NONE`, `SUPPRESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterAction {
    /// `NONE`
    None,
    /// `SUPPRESS`
    Suppress,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Suppress => "SUPPRESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SUPPRESS"]
    }
}
impl ::std::convert::From<FilterAction> for ::forma_core::Value<FilterAction> {
    fn from(v: FilterAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterAction {}

/// The `FilterCriteria` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterCriteria {
    props: ::forma_core::schema::Props,
}
impl FilterCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsAccountId`.
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CodeVulnerabilityDetectorName`.
    pub fn code_vulnerability_detector_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CodeVulnerabilityDetectorTags`.
    pub fn code_vulnerability_detector_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `CodeVulnerabilityFilePath`.
    pub fn code_vulnerability_file_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ComponentId`.
    pub fn component_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ComponentType`.
    pub fn component_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Ec2InstanceImageId`.
    pub fn ec2_instance_image_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Ec2InstanceSubnetId`.
    pub fn ec2_instance_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Ec2InstanceVpcId`.
    pub fn ec2_instance_vpc_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `EcrImageArchitecture`.
    pub fn ecr_image_architecture(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `EcrImageHash`.
    pub fn ecr_image_hash(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `EcrImageInUseCount`.
    pub fn ecr_image_in_use_count(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `EcrImagePushedAt`.
    pub fn ecr_image_pushed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `EcrImageRegistry`.
    pub fn ecr_image_registry(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `EcrImageRepositoryName`.
    pub fn ecr_image_repository_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `EcrImageTags`.
    pub fn ecr_image_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `EpssScore`.
    pub fn epss_score(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `ExploitAvailable`.
    pub fn exploit_available(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `FindingArn`.
    pub fn finding_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `FindingStatus`.
    pub fn finding_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `FindingType`.
    pub fn finding_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `FirstObservedAt`.
    pub fn first_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `FixAvailable`.
    pub fn fix_available(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// `InspectorScore`.
    pub fn inspector_score(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberFilter>>>,
    ) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// `LambdaFunctionExecutionRoleArn`.
    pub fn lambda_function_execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// `LambdaFunctionLastModifiedAt`.
    pub fn lambda_function_last_modified_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// `LambdaFunctionLayers`.
    pub fn lambda_function_layers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// `LambdaFunctionName`.
    pub fn lambda_function_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// `LambdaFunctionRuntime`.
    pub fn lambda_function_runtime(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// `LastObservedAt`.
    pub fn last_observed_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// `NetworkProtocol`.
    pub fn network_protocol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// `PortRange`.
    pub fn port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRangeFilter>>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// `RelatedVulnerabilities`.
    pub fn related_vulnerabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// `ResourceId`.
    pub fn resource_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// `ResourceTags`.
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MapFilter>>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// `Severity`.
    pub fn severity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// `UpdatedAt`.
    pub fn updated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DateFilter>>>,
    ) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// `VendorSeverity`.
    pub fn vendor_severity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// `VulnerabilityId`.
    pub fn vulnerability_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// `VulnerabilitySource`.
    pub fn vulnerability_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StringFilter>>>,
    ) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
    /// `VulnerablePackages`.
    pub fn vulnerable_packages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PackageFilter>>>,
    ) -> Self {
        self.props.set(42, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FilterCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FilterCriteria> for ::forma_core::Value<FilterCriteria> {
    fn from(v: FilterCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_CRITERIA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `PREFIX`, `NOT_EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringComparison {
    /// `EQUALS`
    Equals,
    /// `PREFIX`
    Prefix,
    /// `NOT_EQUALS`
    NotEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StringComparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Prefix => "PREFIX",
            Self::NotEquals => "NOT_EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "PREFIX", "NOT_EQUALS"]
    }
}
impl ::std::convert::From<StringComparison> for ::forma_core::Value<StringComparison> {
    fn from(v: StringComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StringComparison {}

/// The `StringFilter` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct StringFilter {
    props: ::forma_core::schema::Props,
}
impl StringFilter {
    /// A new value with its required properties: `Comparison`, `Value`.
    pub fn new(
        comparison: impl ::forma_core::schema::EnumArg<StringComparison>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StringFilter> for ::forma_core::Value<StringFilter> {
    fn from(v: StringFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_FILTER_TYPE.properties))
    }
}

/// The `NumberFilter` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFilter {
    props: ::forma_core::schema::Props,
}
impl NumberFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LowerInclusive`.
    pub fn lower_inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UpperInclusive`.
    pub fn upper_inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NumberFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NumberFilter> for ::forma_core::Value<NumberFilter> {
    fn from(v: NumberFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMBER_FILTER_TYPE.properties))
    }
}

/// The `DateFilter` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFilter {
    props: ::forma_core::schema::Props,
}
impl DateFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EndInclusive`.
    pub fn end_inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StartInclusive`.
    pub fn start_inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DateFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DateFilter> for ::forma_core::Value<DateFilter> {
    fn from(v: DateFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATE_FILTER_TYPE.properties))
    }
}

/// The `PortRangeFilter` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortRangeFilter {
    props: ::forma_core::schema::Props,
}
impl PortRangeFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BeginInclusive`.
    ///
    /// Allowed: 0 to 65535.
    pub fn begin_inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EndInclusive`.
    ///
    /// Allowed: 0 to 65535.
    pub fn end_inclusive(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PortRangeFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortRangeFilter> for ::forma_core::Value<PortRangeFilter> {
    fn from(v: PortRangeFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_RANGE_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MapComparison {
    /// `EQUALS`
    Equals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MapComparison {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS"]
    }
}
impl ::std::convert::From<MapComparison> for ::forma_core::Value<MapComparison> {
    fn from(v: MapComparison) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MapComparison {}

/// The `MapFilter` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct MapFilter {
    props: ::forma_core::schema::Props,
}
impl MapFilter {
    /// A new value with its required properties: `Comparison`.
    pub fn new(comparison: impl ::forma_core::schema::EnumArg<MapComparison>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison.into_enum_expr());
        Self { props }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MapFilter> for ::forma_core::Value<MapFilter> {
    fn from(v: MapFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAP_FILTER_TYPE.properties))
    }
}

/// The `PackageFilter` property type of `AWS::InspectorV2::Filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageFilter {
    props: ::forma_core::schema::Props,
}
impl PackageFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Architecture`.
    pub fn architecture(mut self, value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Epoch`.
    pub fn epoch(mut self, value: impl ::std::convert::Into<::forma_core::Value<NumberFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `FilePath`.
    pub fn file_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Release`.
    pub fn release(mut self, value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SourceLambdaLayerArn`.
    pub fn source_lambda_layer_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SourceLayerHash`.
    pub fn source_layer_hash(mut self, value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<StringFilter>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PackageFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PackageFilter> for ::forma_core::Value<PackageFilter> {
    fn from(v: PackageFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PACKAGE_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::InspectorV2::Filter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::InspectorV2::Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SUPPRESS"]),
        },
        ::forma_core::schema::Property {
            name: "FilterCriteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: Some("^.{1,255}$"), min_length: None, max_length: None },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static FILTER_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.FilterCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CodeVulnerabilityDetectorName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CodeVulnerabilityDetectorTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CodeVulnerabilityFilePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComponentId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComponentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ec2InstanceImageId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ec2InstanceSubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Ec2InstanceVpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImageArchitecture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImageHash",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImageInUseCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImagePushedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImageRegistry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImageRepositoryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EcrImageTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EpssScore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExploitAvailable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FindingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FirstObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FixAvailable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InspectorScore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionLastModifiedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionLayers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionRuntime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LastObservedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RelatedVulnerabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MAP_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Severity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VendorSeverity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VulnerabilityId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VulnerabilitySource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VulnerablePackages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PACKAGE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static STRING_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.StringFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "PREFIX", "NOT_EQUALS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static NUMBER_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.NumberFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "LowerInclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UpperInclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DATE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.DateFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndInclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartInclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PORT_RANGE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.PortRangeFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "BeginInclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndInclusive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static MAP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.MapFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Comparison",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUALS"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static PACKAGE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Filter.PackageFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Architecture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Epoch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NUMBER_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FilePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Release",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceLambdaLayerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceLayerHash",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_FILTER_TYPE),
        },
    ],
    rules: &[],
};
