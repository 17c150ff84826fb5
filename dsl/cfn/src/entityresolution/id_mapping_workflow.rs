// @generated from AWS::EntityResolution::IdMappingWorkflow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EntityResolution::IdMappingWorkflow` and its property types.

/// IdMappingWorkflow defined in AWS Entity Resolution service
///
/// CloudFormation type `AWS::EntityResolution::IdMappingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMappingWorkflow {
    props: ::forma_core::schema::Props,
}
impl IdMappingWorkflow {
    /// A new resource with its required properties: `IdMappingTechniques`, `InputSourceConfig`, `RoleArn`, `WorkflowName`.
    #[track_caller]
    pub fn new(
        id_mapping_techniques: impl ::std::convert::Into<::forma_core::Value<IdMappingTechniques>>,
        input_source_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IdMappingWorkflowInputSource>>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workflow_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, id_mapping_techniques.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, input_source_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, workflow_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the IdMappingWorkflow
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdMappingIncrementalRunConfig`.
    #[track_caller]
    pub fn id_mapping_incremental_run_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdMappingIncrementalRunConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OutputSourceConfig`.
    #[track_caller]
    pub fn output_source_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IdMappingWorkflowOutputSource>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdMappingWorkflow {
    type Attributes = IdMappingWorkflowAttributes;
    fn type_name(&self) -> &str {
        "AWS::EntityResolution::IdMappingWorkflow"
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
/// The attributes of a `AWS::EntityResolution::IdMappingWorkflow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdMappingWorkflowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdMappingWorkflowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdMappingWorkflowAttributes {
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

/// The values CloudFormation documents: `ON_DEMAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncrementalRunType {
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncrementalRunType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnDemand => "ON_DEMAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_DEMAND"]
    }
}
impl ::std::convert::From<IncrementalRunType> for ::forma_core::Value<IncrementalRunType> {
    fn from(v: IncrementalRunType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncrementalRunType {}

/// The `IdMappingIncrementalRunConfig` property type of `AWS::EntityResolution::IdMappingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMappingIncrementalRunConfig {
    props: ::forma_core::schema::Props,
}
impl IdMappingIncrementalRunConfig {
    /// A new value with its required properties: `IncrementalRunType`.
    pub fn new(incremental_run_type: impl ::forma_core::schema::EnumArg<IncrementalRunType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, incremental_run_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IdMappingIncrementalRunConfig> for ::forma_core::Value<IdMappingIncrementalRunConfig> {
    fn from(v: IdMappingIncrementalRunConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_MAPPING_INCREMENTAL_RUN_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROVIDER`, `RULE_BASED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdMappingType {
    /// `PROVIDER`
    Provider,
    /// `RULE_BASED`
    RuleBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdMappingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Provider => "PROVIDER",
            Self::RuleBased => "RULE_BASED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROVIDER", "RULE_BASED"]
    }
}
impl ::std::convert::From<IdMappingType> for ::forma_core::Value<IdMappingType> {
    fn from(v: IdMappingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdMappingType {}

/// The `IdMappingTechniques` property type of `AWS::EntityResolution::IdMappingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMappingTechniques {
    props: ::forma_core::schema::Props,
}
impl IdMappingTechniques {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IdMappingType`.
    pub fn id_mapping_type(mut self, value: impl ::forma_core::schema::EnumArg<IdMappingType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `NormalizationVersion`.
    pub fn normalization_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ProviderProperties`.
    pub fn provider_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProviderProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RuleBasedProperties`.
    pub fn rule_based_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdMappingRuleBasedProperties>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdMappingTechniques {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdMappingTechniques> for ::forma_core::Value<IdMappingTechniques> {
    fn from(v: IdMappingTechniques) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_MAPPING_TECHNIQUES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SOURCE`, `TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SOURCE`
    Source,
    /// `TARGET`
    Target,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Target => "TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SOURCE", "TARGET"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `IdMappingWorkflowInputSource` property type of `AWS::EntityResolution::IdMappingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMappingWorkflowInputSource {
    props: ::forma_core::schema::Props,
}
impl IdMappingWorkflowInputSource {
    /// A new value with its required properties: `InputSourceARN`.
    pub fn new(input_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_source_arn.into().into_expr());
        Self { props }
    }
    /// The SchemaMapping arn associated with the Schema
    pub fn schema_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<IdMappingWorkflowInputSource> for ::forma_core::Value<IdMappingWorkflowInputSource> {
    fn from(v: IdMappingWorkflowInputSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_MAPPING_WORKFLOW_INPUT_SOURCE_TYPE.properties))
    }
}

/// The `IdMappingWorkflowOutputSource` property type of `AWS::EntityResolution::IdMappingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMappingWorkflowOutputSource {
    props: ::forma_core::schema::Props,
}
impl IdMappingWorkflowOutputSource {
    /// A new value with its required properties: `OutputS3Path`.
    pub fn new(output_s3_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, output_s3_path.into().into_expr());
        Self { props }
    }
    /// `KMSArn`.
    pub fn kms_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdMappingWorkflowOutputSource> for ::forma_core::Value<IdMappingWorkflowOutputSource> {
    fn from(v: IdMappingWorkflowOutputSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_MAPPING_WORKFLOW_OUTPUT_SOURCE_TYPE.properties))
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

/// The `ProviderProperties` property type of `AWS::EntityResolution::IdMappingWorkflow`.
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

/// The values CloudFormation documents: `ONE_SOURCE_TO_ONE_TARGET`, `MANY_SOURCE_TO_ONE_TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordMatchingModel {
    /// `ONE_SOURCE_TO_ONE_TARGET`
    OneSourceToOneTarget,
    /// `MANY_SOURCE_TO_ONE_TARGET`
    ManySourceToOneTarget,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordMatchingModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneSourceToOneTarget => "ONE_SOURCE_TO_ONE_TARGET",
            Self::ManySourceToOneTarget => "MANY_SOURCE_TO_ONE_TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONE_SOURCE_TO_ONE_TARGET", "MANY_SOURCE_TO_ONE_TARGET"]
    }
}
impl ::std::convert::From<RecordMatchingModel> for ::forma_core::Value<RecordMatchingModel> {
    fn from(v: RecordMatchingModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordMatchingModel {}

/// The values CloudFormation documents: `SOURCE`, `TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleDefinitionType {
    /// `SOURCE`
    Source,
    /// `TARGET`
    Target,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleDefinitionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Target => "TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SOURCE", "TARGET"]
    }
}
impl ::std::convert::From<RuleDefinitionType> for ::forma_core::Value<RuleDefinitionType> {
    fn from(v: RuleDefinitionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleDefinitionType {}

/// The `IdMappingRuleBasedProperties` property type of `AWS::EntityResolution::IdMappingWorkflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdMappingRuleBasedProperties {
    props: ::forma_core::schema::Props,
}
impl IdMappingRuleBasedProperties {
    /// A new value with its required properties: `AttributeMatchingModel`, `RecordMatchingModel`.
    pub fn new(
        attribute_matching_model: impl ::forma_core::schema::EnumArg<AttributeMatchingModel>,
        record_matching_model: impl ::forma_core::schema::EnumArg<RecordMatchingModel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_matching_model.into_enum_expr());
        props.set(1, record_matching_model.into_enum_expr());
        Self { props }
    }
    /// `RuleDefinitionType`.
    pub fn rule_definition_type(mut self, value: impl ::forma_core::schema::EnumArg<RuleDefinitionType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `Rules`.
    pub fn rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdMappingRuleBasedProperties> for ::forma_core::Value<IdMappingRuleBasedProperties> {
    fn from(v: IdMappingRuleBasedProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_MAPPING_RULE_BASED_PROPERTIES_TYPE.properties))
    }
}

/// The `IntermediateSourceConfiguration` property type of `AWS::EntityResolution::IdMappingWorkflow`.
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

/// The `Rule` property type of `AWS::EntityResolution::IdMappingWorkflow`.
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

/// The schema of `AWS::EntityResolution::IdMappingWorkflow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EntityResolution::IdMappingWorkflow",
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
            name: "IdMappingIncrementalRunConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ID_MAPPING_INCREMENTAL_RUN_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdMappingTechniques",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ID_MAPPING_TECHNIQUES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputSourceConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ID_MAPPING_WORKFLOW_INPUT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OutputSourceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ID_MAPPING_WORKFLOW_OUTPUT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(0),
                max_length: Some(512),
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

static ID_MAPPING_INCREMENTAL_RUN_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EntityResolution::IdMappingWorkflow.IdMappingIncrementalRunConfig",
        properties: &[::forma_core::schema::Property {
            name: "IncrementalRunType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ON_DEMAND"]),
        }],
        rules: &[],
    };

static ID_MAPPING_TECHNIQUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::IdMappingWorkflow.IdMappingTechniques",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdMappingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROVIDER", "RULE_BASED"]),
        },
        ::forma_core::schema::Property {
            name: "NormalizationVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProviderProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVIDER_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleBasedProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ID_MAPPING_RULE_BASED_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static ID_MAPPING_WORKFLOW_INPUT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EntityResolution::IdMappingWorkflow.IdMappingWorkflowInputSource",
properties: &[
::forma_core::schema::Property { name: "InputSourceARN", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(idnamespace/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(matchingworkflow/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):glue:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(table/[a-zA-Z_0-9-]{1,255}/[a-zA-Z_0-9-]{1,255})$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SchemaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(schemamapping/.*)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Type", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SOURCE", "TARGET"]) },
],
rules: &[],
};

static ID_MAPPING_WORKFLOW_OUTPUT_SOURCE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EntityResolution::IdMappingWorkflow.IdMappingWorkflowOutputSource",
        properties: &[
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
                name: "OutputS3Path",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^s3://([^/]+)/?(.*?([^/]+)/?)$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::IdMappingWorkflow.Tag",
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

static PROVIDER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EntityResolution::IdMappingWorkflow.ProviderProperties",
properties: &[
::forma_core::schema::Property { name: "IntermediateSourceConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&INTERMEDIATE_SOURCE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ProviderConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "ProviderServiceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$"), min_length: Some(20), max_length: Some(255) }) },
],
rules: &[],
};

static ID_MAPPING_RULE_BASED_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::IdMappingWorkflow.IdMappingRuleBasedProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeMatchingModel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ONE_TO_ONE", "MANY_TO_MANY"]),
        },
        ::forma_core::schema::Property {
            name: "RecordMatchingModel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ONE_SOURCE_TO_ONE_TARGET", "MANY_SOURCE_TO_ONE_TARGET"]),
        },
        ::forma_core::schema::Property {
            name: "RuleDefinitionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SOURCE", "TARGET"]),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
    ],
    rules: &[],
};

static INTERMEDIATE_SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EntityResolution::IdMappingWorkflow.IntermediateSourceConfiguration",
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
    name: "AWS::EntityResolution::IdMappingWorkflow.Rule",
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
