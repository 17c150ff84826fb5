// @generated from AWS::EntityResolution::MatchingWorkflow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EntityResolution::MatchingWorkflow` and its property types.

/// MatchingWorkflow defined in AWS Entity Resolution service
///
/// CloudFormation type `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchingWorkflow {
    props: ::forma_core::schema::Props,
}
impl MatchingWorkflow {
    /// A new resource with its required properties: `InputSourceConfig`, `OutputSourceConfig`, `ResolutionTechniques`, `RoleArn`, `WorkflowName`.
    #[track_caller]
    pub fn new(
        input_source_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputSource>>>,
        output_source_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputSource>>>,
        resolution_techniques: impl ::std::convert::Into<::forma_core::Value<ResolutionTechniques>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workflow_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, input_source_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, output_source_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, resolution_techniques.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, workflow_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the MatchingWorkflow
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IncrementalRunConfig`.
    #[track_caller]
    pub fn incremental_run_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IncrementalRunConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MatchingWorkflow {
    type Attributes = MatchingWorkflowAttributes;
    fn type_name(&self) -> &str {
        "AWS::EntityResolution::MatchingWorkflow"
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
/// The attributes of a `AWS::EntityResolution::MatchingWorkflow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MatchingWorkflowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MatchingWorkflowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MatchingWorkflowAttributes {
    /// `Fn::GetAtt` `WorkflowArn`.
    pub fn workflow_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkflowArn")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The values CloudFormation documents: `IMMEDIATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncrementalRunType {
    /// `IMMEDIATE`
    Immediate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncrementalRunType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Immediate => "IMMEDIATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IMMEDIATE"]
    }
}
impl ::std::convert::From<IncrementalRunType> for ::forma_core::Value<IncrementalRunType> {
    fn from(v: IncrementalRunType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncrementalRunType {}

/// The `IncrementalRunConfig` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IncrementalRunConfig {
    props: ::forma_core::schema::Props,
}
impl IncrementalRunConfig {
    /// A new value with its required properties: `IncrementalRunType`.
    pub fn new(incremental_run_type: impl ::forma_core::schema::EnumArg<IncrementalRunType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, incremental_run_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IncrementalRunConfig> for ::forma_core::Value<IncrementalRunConfig> {
    fn from(v: IncrementalRunConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCREMENTAL_RUN_CONFIG_TYPE.properties))
    }
}

/// The `InputSource` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSource {
    props: ::forma_core::schema::Props,
}
impl InputSource {
    /// A new value with its required properties: `InputSourceARN`, `SchemaArn`.
    pub fn new(
        input_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schema_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, input_source_arn.into().into_expr());
        props.set(2, schema_arn.into().into_expr());
        Self { props }
    }
    /// `ApplyNormalization`.
    pub fn apply_normalization(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InputSource> for ::forma_core::Value<InputSource> {
    fn from(v: InputSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SOURCE_TYPE.properties))
    }
}

/// The `OutputSource` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputSource {
    props: ::forma_core::schema::Props,
}
impl OutputSource {
    /// A new value with its required properties: `Output`.
    pub fn new(output: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OutputAttribute>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, output.into().into_expr());
        Self { props }
    }
    /// `ApplyNormalization`.
    pub fn apply_normalization(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Customer Profiles integration configuration for the output source
    pub fn customer_profiles_integration_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerProfilesIntegrationConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KMSArn`.
    pub fn kms_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The S3 path to which Entity Resolution will write the output table
    ///
    /// Allowed: length 0 to 1024.
    pub fn output_s3_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutputSource> for ::forma_core::Value<OutputSource> {
    fn from(v: OutputSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RULE_MATCHING`, `ML_MATCHING`, `PROVIDER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResolutionType {
    /// `RULE_MATCHING`
    RuleMatching,
    /// `ML_MATCHING`
    MlMatching,
    /// `PROVIDER`
    Provider,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResolutionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RuleMatching => "RULE_MATCHING",
            Self::MlMatching => "ML_MATCHING",
            Self::Provider => "PROVIDER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RULE_MATCHING", "ML_MATCHING", "PROVIDER"]
    }
}
impl ::std::convert::From<ResolutionType> for ::forma_core::Value<ResolutionType> {
    fn from(v: ResolutionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResolutionType {}

/// The `ResolutionTechniques` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolutionTechniques {
    props: ::forma_core::schema::Props,
}
impl ResolutionTechniques {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables the workflow to use real-time matching.
    pub fn enable_real_time_matching(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ProviderProperties`.
    pub fn provider_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProviderProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResolutionType`.
    pub fn resolution_type(mut self, value: impl ::forma_core::schema::EnumArg<ResolutionType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `RuleBasedProperties`.
    pub fn rule_based_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RuleBasedProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RuleConditionProperties`.
    pub fn rule_condition_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RuleConditionProperties>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResolutionTechniques {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResolutionTechniques> for ::forma_core::Value<ResolutionTechniques> {
    fn from(v: ResolutionTechniques) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOLUTION_TECHNIQUES_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource
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

/// The Customer Profiles integration configuration for the output source
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerProfilesIntegrationConfig {
    props: ::forma_core::schema::Props,
}
impl CustomerProfilesIntegrationConfig {
    /// A new value with its required properties: `DomainArn`, `ObjectTypeArn`.
    pub fn new(
        domain_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_type_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, domain_arn.into().into_expr());
        props.set(1, object_type_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomerProfilesIntegrationConfig>
    for ::forma_core::Value<CustomerProfilesIntegrationConfig>
{
    fn from(v: CustomerProfilesIntegrationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_PROFILES_INTEGRATION_CONFIG_TYPE.properties))
    }
}

/// The `OutputAttribute` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputAttribute {
    props: ::forma_core::schema::Props,
}
impl OutputAttribute {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Hashed`.
    pub fn hashed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutputAttribute> for ::forma_core::Value<OutputAttribute> {
    fn from(v: OutputAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_ATTRIBUTE_TYPE.properties))
    }
}

/// The `ProviderProperties` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderProperties {
    props: ::forma_core::schema::Props,
}
impl ProviderProperties {
    /// A new value with its required properties: `ProviderServiceArn`.
    pub fn new(provider_service_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, provider_service_arn.into().into_expr());
        Self { props }
    }
    /// `IntermediateSourceConfiguration`.
    pub fn intermediate_source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntermediateSourceConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Additional Provider configuration that would be required for the provider service.
    pub fn provider_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProviderProperties> for ::forma_core::Value<ProviderProperties> {
    fn from(v: ProviderProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVIDER_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ONE_TO_ONE`, `MANY_TO_MANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeMatchingModel {
    /// `ONE_TO_ONE`
    OneToOne,
    /// `MANY_TO_MANY`
    ManyToMany,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeMatchingModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneToOne => "ONE_TO_ONE",
            Self::ManyToMany => "MANY_TO_MANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONE_TO_ONE", "MANY_TO_MANY"]
    }
}
impl ::std::convert::From<AttributeMatchingModel> for ::forma_core::Value<AttributeMatchingModel> {
    fn from(v: AttributeMatchingModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeMatchingModel {}

/// The values CloudFormation documents: `IDENTIFIER_GENERATION`, `INDEXING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchPurpose {
    /// `IDENTIFIER_GENERATION`
    IdentifierGeneration,
    /// `INDEXING`
    Indexing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MatchPurpose {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IdentifierGeneration => "IDENTIFIER_GENERATION",
            Self::Indexing => "INDEXING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IDENTIFIER_GENERATION", "INDEXING"]
    }
}
impl ::std::convert::From<MatchPurpose> for ::forma_core::Value<MatchPurpose> {
    fn from(v: MatchPurpose) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MatchPurpose {}

/// The `RuleBasedProperties` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleBasedProperties {
    props: ::forma_core::schema::Props,
}
impl RuleBasedProperties {
    /// A new value with its required properties: `AttributeMatchingModel`, `Rules`.
    pub fn new(
        attribute_matching_model: impl ::forma_core::schema::EnumArg<AttributeMatchingModel>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_matching_model.into_enum_expr());
        props.set(2, rules.into().into_expr());
        Self { props }
    }
    /// `MatchPurpose`.
    pub fn match_purpose(mut self, value: impl ::forma_core::schema::EnumArg<MatchPurpose>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RuleBasedProperties> for ::forma_core::Value<RuleBasedProperties> {
    fn from(v: RuleBasedProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_BASED_PROPERTIES_TYPE.properties))
    }
}

/// The `RuleConditionProperties` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleConditionProperties {
    props: ::forma_core::schema::Props,
}
impl RuleConditionProperties {
    /// A new value with its required properties: `Rules`.
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RuleCondition>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, rules.into().into_expr());
        Self { props }
    }
    /// Configuration for matching behavior within rule condition properties
    pub fn matching_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchingConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuleConditionProperties> for ::forma_core::Value<RuleConditionProperties> {
    fn from(v: RuleConditionProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_CONDITION_PROPERTIES_TYPE.properties))
    }
}

/// The `IntermediateSourceConfiguration` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntermediateSourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl IntermediateSourceConfiguration {
    /// A new value with its required properties: `IntermediateS3Path`.
    pub fn new(intermediate_s3_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, intermediate_s3_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntermediateSourceConfiguration> for ::forma_core::Value<IntermediateSourceConfiguration> {
    fn from(v: IntermediateSourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERMEDIATE_SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Rule` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `MatchingKeys`, `RuleName`.
    pub fn new(
        matching_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, matching_keys.into().into_expr());
        props.set(1, rule_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// Configuration for matching behavior within rule condition properties
#[derive(Debug, Clone, PartialEq)]
pub struct MatchingConfig {
    props: ::forma_core::schema::Props,
}
impl MatchingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables transitive matching to process records across all rule levels and connect unmatched records to existing match groups
    pub fn enable_transitive_matching(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MatchingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MatchingConfig> for ::forma_core::Value<MatchingConfig> {
    fn from(v: MatchingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCHING_CONFIG_TYPE.properties))
    }
}

/// The `RuleCondition` property type of `AWS::EntityResolution::MatchingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCondition {
    props: ::forma_core::schema::Props,
}
impl RuleCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Condition`.
    pub fn condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RuleName`.
    ///
    /// Allowed: length 0 to 255.
    pub fn rule_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleCondition> for ::forma_core::Value<RuleCondition> {
    fn from(v: RuleCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::EntityResolution::MatchingWorkflow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EntityResolution::MatchingWorkflow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "IncrementalRunConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INCREMENTAL_RUN_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputSourceConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputSourceConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResolutionTechniques",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOLUTION_TECHNIQUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: None,
                max_length: None,
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
        ::forma_core::schema::Property {
            name: "WorkflowName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9-]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["WorkflowArn", "UpdatedAt", "CreatedAt"],
};

static INCREMENTAL_RUN_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.IncrementalRunConfig",
    properties: &[::forma_core::schema::Property {
        name: "IncrementalRunType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["IMMEDIATE"]),
    }],
    rules: &[],
};

static INPUT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.InputSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplyNormalization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InputSourceARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-us-gov|aws-cn):.*:.*:[0-9]+:.*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(schemamapping/.*)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static OUTPUT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.OutputSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplyNormalization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CustomerProfilesIntegrationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_PROFILES_INTEGRATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KMSArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn):kms:.*:[0-9]+:.*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Output",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTPUT_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(750) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputS3Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://([^/]+)/?(.*?([^/]+)/?)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static RESOLUTION_TECHNIQUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.ResolutionTechniques",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableRealTimeMatching",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ProviderProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVIDER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResolutionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RULE_MATCHING", "ML_MATCHING", "PROVIDER"]),
        },
        ::forma_core::schema::Property {
            name: "RuleBasedProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_BASED_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleConditionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_CONDITION_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.Tag",
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

static CUSTOMER_PROFILES_INTEGRATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EntityResolution::MatchingWorkflow.CustomerProfilesIntegrationConfig",
properties: &[
::forma_core::schema::Property { name: "DomainArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):profile:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(domains/[a-zA-Z_0-9-]{1,255})$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ObjectTypeArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):profile:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(domains/[a-zA-Z_0-9-]{1,255}/object-types/[a-zA-Z_0-9-]{1,255})$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static OUTPUT_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.OutputAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hashed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static PROVIDER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EntityResolution::MatchingWorkflow.ProviderProperties",
properties: &[
::forma_core::schema::Property { name: "IntermediateSourceConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&INTERMEDIATE_SOURCE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ProviderConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "ProviderServiceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$"), min_length: Some(20), max_length: Some(255) }) },
],
rules: &[],
};

static RULE_BASED_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.RuleBasedProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeMatchingModel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ONE_TO_ONE", "MANY_TO_MANY"]),
        },
        ::forma_core::schema::Property {
            name: "MatchPurpose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IDENTIFIER_GENERATION", "INDEXING"]),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
    ],
    rules: &[],
};

static RULE_CONDITION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.RuleConditionProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCHING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
    ],
    rules: &[],
};

static INTERMEDIATE_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EntityResolution::MatchingWorkflow.IntermediateSourceConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "IntermediateS3Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        }],
        rules: &[],
    };

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchingKeys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static MATCHING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.MatchingConfig",
    properties: &[::forma_core::schema::Property {
        name: "EnableTransitiveMatching",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static RULE_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::MatchingWorkflow.RuleCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
