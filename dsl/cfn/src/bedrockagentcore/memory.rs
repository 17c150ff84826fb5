// @generated from AWS::BedrockAgentCore::Memory (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Memory` and its property types.

/// Resource Type definition for AWS::BedrockAgentCore::Memory
///
/// CloudFormation type `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct Memory {
    props: ::forma_core::schema::Props,
}
impl Memory {
    /// A new resource with its required properties: `EventExpiryDuration`, `Name`.
    #[track_caller]
    pub fn new(
        event_expiry_duration: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, event_expiry_duration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the Memory resource
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN format
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of indexed keys for the memory
    #[track_caller]
    pub fn indexed_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IndexedKey>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// ARN format
    #[track_caller]
    pub fn memory_execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of memory strategies attached to this memory
    #[track_caller]
    pub fn memory_strategies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MemoryStrategy>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of namespace variable key definitions for a memory resource
    #[track_caller]
    pub fn namespace_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NamespaceKeyEntry>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StreamDeliveryResources`.
    #[track_caller]
    pub fn stream_delivery_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StreamDeliveryResources>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Memory {
    type Attributes = MemoryAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Memory"
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
/// The attributes of a `AWS::BedrockAgentCore::Memory` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MemoryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MemoryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MemoryAttributes {
    /// `Fn::GetAtt` `MemoryArn`.
    pub fn memory_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MemoryArn")
    }
    /// `Fn::GetAtt` `MemoryId`.
    pub fn memory_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MemoryId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SemanticMemoryStrategy.CreatedAt`.
    pub fn memory_strategies_semantic_memory_strategy_created_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SemanticMemoryStrategy.CreatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SemanticMemoryStrategy.UpdatedAt`.
    pub fn memory_strategies_semantic_memory_strategy_updated_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SemanticMemoryStrategy.UpdatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SemanticMemoryStrategy.StrategyId`.
    pub fn memory_strategies_semantic_memory_strategy_strategy_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SemanticMemoryStrategy.StrategyId")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SemanticMemoryStrategy.Status`.
    pub fn memory_strategies_semantic_memory_strategy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SemanticMemoryStrategy.Status")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SemanticMemoryStrategy.Type`.
    pub fn memory_strategies_semantic_memory_strategy_type(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SemanticMemoryStrategy.Type")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SemanticMemoryStrategy.RecordExpiryDurationDays`.
    pub fn memory_strategies_semantic_memory_strategy_record_expiry_duration_days(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SemanticMemoryStrategy.RecordExpiryDurationDays")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SummaryMemoryStrategy.CreatedAt`.
    pub fn memory_strategies_summary_memory_strategy_created_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SummaryMemoryStrategy.CreatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SummaryMemoryStrategy.UpdatedAt`.
    pub fn memory_strategies_summary_memory_strategy_updated_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SummaryMemoryStrategy.UpdatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SummaryMemoryStrategy.StrategyId`.
    pub fn memory_strategies_summary_memory_strategy_strategy_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SummaryMemoryStrategy.StrategyId")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SummaryMemoryStrategy.Status`.
    pub fn memory_strategies_summary_memory_strategy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SummaryMemoryStrategy.Status")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SummaryMemoryStrategy.Type`.
    pub fn memory_strategies_summary_memory_strategy_type(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SummaryMemoryStrategy.Type")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.SummaryMemoryStrategy.RecordExpiryDurationDays`.
    pub fn memory_strategies_summary_memory_strategy_record_expiry_duration_days(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.SummaryMemoryStrategy.RecordExpiryDurationDays")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.UserPreferenceMemoryStrategy.CreatedAt`.
    pub fn memory_strategies_user_preference_memory_strategy_created_at(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.UserPreferenceMemoryStrategy.CreatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.UserPreferenceMemoryStrategy.UpdatedAt`.
    pub fn memory_strategies_user_preference_memory_strategy_updated_at(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.UserPreferenceMemoryStrategy.UpdatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.UserPreferenceMemoryStrategy.StrategyId`.
    pub fn memory_strategies_user_preference_memory_strategy_strategy_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.UserPreferenceMemoryStrategy.StrategyId")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.UserPreferenceMemoryStrategy.Status`.
    pub fn memory_strategies_user_preference_memory_strategy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.UserPreferenceMemoryStrategy.Status")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.UserPreferenceMemoryStrategy.Type`.
    pub fn memory_strategies_user_preference_memory_strategy_type(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.UserPreferenceMemoryStrategy.Type")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.UserPreferenceMemoryStrategy.RecordExpiryDurationDays`.
    pub fn memory_strategies_user_preference_memory_strategy_record_expiry_duration_days(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "MemoryStrategies.*.UserPreferenceMemoryStrategy.RecordExpiryDurationDays",
        )
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.CustomMemoryStrategy.CreatedAt`.
    pub fn memory_strategies_custom_memory_strategy_created_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.CustomMemoryStrategy.CreatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.CustomMemoryStrategy.UpdatedAt`.
    pub fn memory_strategies_custom_memory_strategy_updated_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.CustomMemoryStrategy.UpdatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.CustomMemoryStrategy.StrategyId`.
    pub fn memory_strategies_custom_memory_strategy_strategy_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.CustomMemoryStrategy.StrategyId")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.CustomMemoryStrategy.Status`.
    pub fn memory_strategies_custom_memory_strategy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.CustomMemoryStrategy.Status")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.CustomMemoryStrategy.Type`.
    pub fn memory_strategies_custom_memory_strategy_type(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.CustomMemoryStrategy.Type")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.CustomMemoryStrategy.RecordExpiryDurationDays`.
    pub fn memory_strategies_custom_memory_strategy_record_expiry_duration_days(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.CustomMemoryStrategy.RecordExpiryDurationDays")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.EpisodicMemoryStrategy.CreatedAt`.
    pub fn memory_strategies_episodic_memory_strategy_created_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.EpisodicMemoryStrategy.CreatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.EpisodicMemoryStrategy.UpdatedAt`.
    pub fn memory_strategies_episodic_memory_strategy_updated_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.EpisodicMemoryStrategy.UpdatedAt")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.EpisodicMemoryStrategy.StrategyId`.
    pub fn memory_strategies_episodic_memory_strategy_strategy_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.EpisodicMemoryStrategy.StrategyId")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.EpisodicMemoryStrategy.Status`.
    pub fn memory_strategies_episodic_memory_strategy_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.EpisodicMemoryStrategy.Status")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.EpisodicMemoryStrategy.Type`.
    pub fn memory_strategies_episodic_memory_strategy_type(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.EpisodicMemoryStrategy.Type")
    }
    /// `Fn::GetAtt` `MemoryStrategies.*.EpisodicMemoryStrategy.RecordExpiryDurationDays`.
    pub fn memory_strategies_episodic_memory_strategy_record_expiry_duration_days(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MemoryStrategies.*.EpisodicMemoryStrategy.RecordExpiryDurationDays")
    }
}

/// The values CloudFormation documents: `STRING`, `STRINGLIST`, `NUMBER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MetadataValueType {
    /// `STRING`
    String,
    /// `STRINGLIST`
    Stringlist,
    /// `NUMBER`
    Number,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MetadataValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Stringlist => "STRINGLIST",
            Self::Number => "NUMBER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "STRINGLIST", "NUMBER"]
    }
}
impl ::std::convert::From<MetadataValueType> for ::forma_core::Value<MetadataValueType> {
    fn from(v: MetadataValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MetadataValueType {}

/// The `IndexedKey` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexedKey {
    props: ::forma_core::schema::Props,
}
impl IndexedKey {
    /// A new value with its required properties: `Key`, `Type`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<MetadataValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IndexedKey> for ::forma_core::Value<IndexedKey> {
    fn from(v: IndexedKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEXED_KEY_TYPE.properties))
    }
}

/// The `MemoryStrategy` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryStrategy {
    props: ::forma_core::schema::Props,
}
impl MemoryStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomMemoryStrategy`.
    pub fn custom_memory_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomMemoryStrategy>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EpisodicMemoryStrategy`.
    pub fn episodic_memory_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpisodicMemoryStrategy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SemanticMemoryStrategy`.
    pub fn semantic_memory_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticMemoryStrategy>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SummaryMemoryStrategy`.
    pub fn summary_memory_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SummaryMemoryStrategy>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `UserPreferenceMemoryStrategy`.
    pub fn user_preference_memory_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserPreferenceMemoryStrategy>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryStrategy> for ::forma_core::Value<MemoryStrategy> {
    fn from(v: MemoryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_STRATEGY_TYPE.properties))
    }
}

/// A namespace variable key definition with optional validation rules
#[derive(Debug, Clone, PartialEq)]
pub struct NamespaceKeyEntry {
    props: ::forma_core::schema::Props,
}
impl NamespaceKeyEntry {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// Validation rules for namespace variable values.
    pub fn validation(mut self, value: impl ::std::convert::Into<::forma_core::Value<NamespaceKeyValidation>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NamespaceKeyEntry> for ::forma_core::Value<NamespaceKeyEntry> {
    fn from(v: NamespaceKeyEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMESPACE_KEY_ENTRY_TYPE.properties))
    }
}

/// The `StreamDeliveryResources` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamDeliveryResources {
    props: ::forma_core::schema::Props,
}
impl StreamDeliveryResources {
    /// A new value with its required properties: `Resources`.
    pub fn new(
        resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StreamDeliveryResource>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resources.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StreamDeliveryResources> for ::forma_core::Value<StreamDeliveryResources> {
    fn from(v: StreamDeliveryResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_DELIVERY_RESOURCES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CREATING`, `ACTIVE`, `DELETING`, `FAILED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `DELETING`
    Deleting,
    /// `FAILED`
    Failed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Deleting => "DELETING",
            Self::Failed => "FAILED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATING", "ACTIVE", "DELETING", "FAILED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `SEMANTIC`, `SUMMARIZATION`, `USER_PREFERENCE`, `CUSTOM`, `EPISODIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SEMANTIC`
    Semantic,
    /// `SUMMARIZATION`
    Summarization,
    /// `USER_PREFERENCE`
    UserPreference,
    /// `CUSTOM`
    Custom,
    /// `EPISODIC`
    Episodic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Semantic => "SEMANTIC",
            Self::Summarization => "SUMMARIZATION",
            Self::UserPreference => "USER_PREFERENCE",
            Self::Custom => "CUSTOM",
            Self::Episodic => "EPISODIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE", "CUSTOM", "EPISODIC"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `CustomMemoryStrategy` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomMemoryStrategy {
    props: ::forma_core::schema::Props,
}
impl CustomMemoryStrategy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, name.into().into_expr());
        Self { props }
    }
    /// `Configuration`.
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Creation timestamp of the memory strategy
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Description of the Memory resource
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The duration, in days, after which long-term memory records generated by this strategy expire (LTM TTL).
    ///
    /// Allowed: at least 31.
    pub fn record_expiry_duration_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Specifies the record expiry (LTM TTL) for a strategy.
    pub fn record_expiry_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Status of the memory strategy
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// Unique identifier for the memory strategy
    ///
    /// Allowed: length 12 to any.
    pub fn strategy_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Type of memory strategy
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// Last update timestamp of the memory strategy
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomMemoryStrategy> for ::forma_core::Value<CustomMemoryStrategy> {
    fn from(v: CustomMemoryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_MEMORY_STRATEGY_TYPE.properties))
    }
}

/// The `EpisodicMemoryStrategy` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodicMemoryStrategy {
    props: ::forma_core::schema::Props,
}
impl EpisodicMemoryStrategy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// Creation timestamp of the memory strategy
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Description of the Memory resource
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The duration, in days, after which long-term memory records generated by this strategy expire (LTM TTL).
    ///
    /// Allowed: at least 31.
    pub fn record_expiry_duration_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the record expiry (LTM TTL) for a strategy.
    pub fn record_expiry_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ReflectionConfiguration`.
    pub fn reflection_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpisodicReflectionConfigurationInput>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Status of the memory strategy
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// Unique identifier for the memory strategy
    ///
    /// Allowed: length 12 to any.
    pub fn strategy_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Type of memory strategy
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// Last update timestamp of the memory strategy
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EpisodicMemoryStrategy> for ::forma_core::Value<EpisodicMemoryStrategy> {
    fn from(v: EpisodicMemoryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPISODIC_MEMORY_STRATEGY_TYPE.properties))
    }
}

/// The `SemanticMemoryStrategy` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticMemoryStrategy {
    props: ::forma_core::schema::Props,
}
impl SemanticMemoryStrategy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// Creation timestamp of the memory strategy
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Description of the Memory resource
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The duration, in days, after which long-term memory records generated by this strategy expire (LTM TTL).
    ///
    /// Allowed: at least 31.
    pub fn record_expiry_duration_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the record expiry (LTM TTL) for a strategy.
    pub fn record_expiry_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Status of the memory strategy
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Unique identifier for the memory strategy
    ///
    /// Allowed: length 12 to any.
    pub fn strategy_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Type of memory strategy
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// Last update timestamp of the memory strategy
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SemanticMemoryStrategy> for ::forma_core::Value<SemanticMemoryStrategy> {
    fn from(v: SemanticMemoryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_MEMORY_STRATEGY_TYPE.properties))
    }
}

/// The `SummaryMemoryStrategy` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryMemoryStrategy {
    props: ::forma_core::schema::Props,
}
impl SummaryMemoryStrategy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// Creation timestamp of the memory strategy
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Description of the Memory resource
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The duration, in days, after which long-term memory records generated by this strategy expire (LTM TTL).
    ///
    /// Allowed: at least 31.
    pub fn record_expiry_duration_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the record expiry (LTM TTL) for a strategy.
    pub fn record_expiry_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Status of the memory strategy
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Unique identifier for the memory strategy
    ///
    /// Allowed: length 12 to any.
    pub fn strategy_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Type of memory strategy
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// Last update timestamp of the memory strategy
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SummaryMemoryStrategy> for ::forma_core::Value<SummaryMemoryStrategy> {
    fn from(v: SummaryMemoryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUMMARY_MEMORY_STRATEGY_TYPE.properties))
    }
}

/// The `UserPreferenceMemoryStrategy` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPreferenceMemoryStrategy {
    props: ::forma_core::schema::Props,
}
impl UserPreferenceMemoryStrategy {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// Creation timestamp of the memory strategy
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Description of the Memory resource
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The duration, in days, after which long-term memory records generated by this strategy expire (LTM TTL).
    ///
    /// Allowed: at least 31.
    pub fn record_expiry_duration_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Specifies the record expiry (LTM TTL) for a strategy.
    pub fn record_expiry_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Status of the memory strategy
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// Unique identifier for the memory strategy
    ///
    /// Allowed: length 12 to any.
    pub fn strategy_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Type of memory strategy
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// Last update timestamp of the memory strategy
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UserPreferenceMemoryStrategy> for ::forma_core::Value<UserPreferenceMemoryStrategy> {
    fn from(v: UserPreferenceMemoryStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_PREFERENCE_MEMORY_STRATEGY_TYPE.properties))
    }
}

/// Validation rules for namespace variable values.
#[derive(Debug, Clone, PartialEq)]
pub struct NamespaceKeyValidation {
    props: ::forma_core::schema::Props,
}
impl NamespaceKeyValidation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of allowed values for this namespace variable
    pub fn allowed_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A regex pattern that a namespace variable value must match
    ///
    /// Allowed: length 1 to 64.
    pub fn regex_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NamespaceKeyValidation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NamespaceKeyValidation> for ::forma_core::Value<NamespaceKeyValidation> {
    fn from(v: NamespaceKeyValidation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMESPACE_KEY_VALIDATION_TYPE.properties))
    }
}

/// The `StreamDeliveryResource` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamDeliveryResource {
    props: ::forma_core::schema::Props,
}
impl StreamDeliveryResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Kinesis`.
    pub fn kinesis(mut self, value: impl ::std::convert::Into<::forma_core::Value<KinesisResource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StreamDeliveryResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StreamDeliveryResource> for ::forma_core::Value<StreamDeliveryResource> {
    fn from(v: StreamDeliveryResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STREAM_DELIVERY_RESOURCE_TYPE.properties))
    }
}

/// The `CustomConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl CustomConfigurationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EpisodicOverride`.
    pub fn episodic_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpisodicOverride>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SelfManagedConfiguration`.
    pub fn self_managed_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelfManagedConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SemanticOverride`.
    pub fn semantic_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticOverride>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SummaryOverride`.
    pub fn summary_override(mut self, value: impl ::std::convert::Into<::forma_core::Value<SummaryOverride>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `UserPreferenceOverride`.
    pub fn user_preference_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserPreferenceOverride>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomConfigurationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomConfigurationInput> for ::forma_core::Value<CustomConfigurationInput> {
    fn from(v: CustomConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The `MemoryRecordSchema` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryRecordSchema {
    props: ::forma_core::schema::Props,
}
impl MemoryRecordSchema {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of metadata schema entries
    pub fn metadata_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetadataSchemaEntry>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemoryRecordSchema {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemoryRecordSchema> for ::forma_core::Value<MemoryRecordSchema> {
    fn from(v: MemoryRecordSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMORY_RECORD_SCHEMA_TYPE.properties))
    }
}

/// The `EpisodicReflectionConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodicReflectionConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl EpisodicReflectionConfigurationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EpisodicReflectionConfigurationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EpisodicReflectionConfigurationInput>
    for ::forma_core::Value<EpisodicReflectionConfigurationInput>
{
    fn from(v: EpisodicReflectionConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPISODIC_REFLECTION_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The `KinesisResource` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisResource {
    props: ::forma_core::schema::Props,
}
impl KinesisResource {
    /// A new value with its required properties: `ContentConfigurations`, `DataStreamArn`.
    pub fn new(
        content_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContentConfiguration>>>,
        data_stream_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content_configurations.into().into_expr());
        props.set(1, data_stream_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisResource> for ::forma_core::Value<KinesisResource> {
    fn from(v: KinesisResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_RESOURCE_TYPE.properties))
    }
}

/// The `EpisodicOverride` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodicOverride {
    props: ::forma_core::schema::Props,
}
impl EpisodicOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Consolidation`.
    pub fn consolidation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpisodicOverrideConsolidationConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpisodicOverrideExtractionConfigurationInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Reflection`.
    pub fn reflection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EpisodicOverrideReflectionConfigurationInput>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EpisodicOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EpisodicOverride> for ::forma_core::Value<EpisodicOverride> {
    fn from(v: EpisodicOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EPISODIC_OVERRIDE_TYPE.properties))
    }
}

/// The `SelfManagedConfiguration` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfManagedConfiguration {
    props: ::forma_core::schema::Props,
}
impl SelfManagedConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HistoricalContextWindowSize`.
    ///
    /// Allowed: 0 to 50.
    pub fn historical_context_window_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InvocationConfiguration`.
    pub fn invocation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InvocationConfigurationInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TriggerConditions`.
    pub fn trigger_conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TriggerConditionInput>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SelfManagedConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SelfManagedConfiguration> for ::forma_core::Value<SelfManagedConfiguration> {
    fn from(v: SelfManagedConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELF_MANAGED_CONFIGURATION_TYPE.properties))
    }
}

/// The `SemanticOverride` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticOverride {
    props: ::forma_core::schema::Props,
}
impl SemanticOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Consolidation`.
    pub fn consolidation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticOverrideConsolidationConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SemanticOverrideExtractionConfigurationInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SemanticOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SemanticOverride> for ::forma_core::Value<SemanticOverride> {
    fn from(v: SemanticOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEMANTIC_OVERRIDE_TYPE.properties))
    }
}

/// The `SummaryOverride` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryOverride {
    props: ::forma_core::schema::Props,
}
impl SummaryOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Consolidation`.
    pub fn consolidation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SummaryOverrideConsolidationConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SummaryOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SummaryOverride> for ::forma_core::Value<SummaryOverride> {
    fn from(v: SummaryOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUMMARY_OVERRIDE_TYPE.properties))
    }
}

/// The `UserPreferenceOverride` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPreferenceOverride {
    props: ::forma_core::schema::Props,
}
impl UserPreferenceOverride {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Consolidation`.
    pub fn consolidation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserPreferenceOverrideConsolidationConfigurationInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Extraction`.
    pub fn extraction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserPreferenceOverrideExtractionConfigurationInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserPreferenceOverride {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserPreferenceOverride> for ::forma_core::Value<UserPreferenceOverride> {
    fn from(v: UserPreferenceOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_PREFERENCE_OVERRIDE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LLM_INFERRED`, `STRICTLY_CONSISTENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtractionType {
    /// `LLM_INFERRED`
    LlmInferred,
    /// `STRICTLY_CONSISTENT`
    StrictlyConsistent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExtractionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LlmInferred => "LLM_INFERRED",
            Self::StrictlyConsistent => "STRICTLY_CONSISTENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LLM_INFERRED", "STRICTLY_CONSISTENT"]
    }
}
impl ::std::convert::From<ExtractionType> for ::forma_core::Value<ExtractionType> {
    fn from(v: ExtractionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExtractionType {}

/// The `MetadataSchemaEntry` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataSchemaEntry {
    props: ::forma_core::schema::Props,
}
impl MetadataSchemaEntry {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, key.into().into_expr());
        Self { props }
    }
    /// `ExtractionConfig`.
    pub fn extraction_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExtractionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether the metadata value is extracted by the LLM or passed through deterministically from the event
    pub fn extraction_type(mut self, value: impl ::forma_core::schema::EnumArg<ExtractionType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Supported data types for metadata values
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<MetadataValueType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<MetadataSchemaEntry> for ::forma_core::Value<MetadataSchemaEntry> {
    fn from(v: MetadataSchemaEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_SCHEMA_ENTRY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `METADATA_ONLY`, `FULL_CONTENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `METADATA_ONLY`
    MetadataOnly,
    /// `FULL_CONTENT`
    FullContent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Level {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetadataOnly => "METADATA_ONLY",
            Self::FullContent => "FULL_CONTENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["METADATA_ONLY", "FULL_CONTENT"]
    }
}
impl ::std::convert::From<Level> for ::forma_core::Value<Level> {
    fn from(v: Level) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Level {}

/// The values CloudFormation documents: `MEMORY_RECORDS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentConfigurationType {
    /// `MEMORY_RECORDS`
    MemoryRecords,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MemoryRecords => "MEMORY_RECORDS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MEMORY_RECORDS"]
    }
}
impl ::std::convert::From<ContentConfigurationType> for ::forma_core::Value<ContentConfigurationType> {
    fn from(v: ContentConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentConfigurationType {}

/// The `ContentConfiguration` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContentConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ContentConfigurationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// The level of content detail to deliver
    pub fn level(mut self, value: impl ::forma_core::schema::EnumArg<Level>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ContentConfiguration> for ::forma_core::Value<ContentConfiguration> {
    fn from(v: ContentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `EpisodicOverrideConsolidationConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodicOverrideConsolidationConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl EpisodicOverrideConsolidationConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EpisodicOverrideConsolidationConfigurationInput>
    for ::forma_core::Value<EpisodicOverrideConsolidationConfigurationInput>
{
    fn from(v: EpisodicOverrideConsolidationConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EPISODIC_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `EpisodicOverrideExtractionConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodicOverrideExtractionConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl EpisodicOverrideExtractionConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EpisodicOverrideExtractionConfigurationInput>
    for ::forma_core::Value<EpisodicOverrideExtractionConfigurationInput>
{
    fn from(v: EpisodicOverrideExtractionConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EPISODIC_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `EpisodicOverrideReflectionConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodicOverrideReflectionConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl EpisodicOverrideReflectionConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(2, model_id.into().into_expr());
        Self { props }
    }
    /// `MemoryRecordSchema`.
    pub fn memory_record_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MemoryRecordSchema>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespace_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// List of namespaces for memory strategy
    pub fn namespaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EpisodicOverrideReflectionConfigurationInput>
    for ::forma_core::Value<EpisodicOverrideReflectionConfigurationInput>
{
    fn from(v: EpisodicOverrideReflectionConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EPISODIC_OVERRIDE_REFLECTION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `InvocationConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct InvocationConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl InvocationConfigurationInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PayloadDeliveryBucketName`.
    pub fn payload_delivery_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// ARN format
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InvocationConfigurationInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InvocationConfigurationInput> for ::forma_core::Value<InvocationConfigurationInput> {
    fn from(v: InvocationConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVOCATION_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The `TriggerConditionInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerConditionInput {
    props: ::forma_core::schema::Props,
}
impl TriggerConditionInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MessageBasedTrigger`.
    pub fn message_based_trigger(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageBasedTriggerInput>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TimeBasedTrigger`.
    pub fn time_based_trigger(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TimeBasedTriggerInput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TokenBasedTrigger`.
    pub fn token_based_trigger(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TokenBasedTriggerInput>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TriggerConditionInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TriggerConditionInput> for ::forma_core::Value<TriggerConditionInput> {
    fn from(v: TriggerConditionInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRIGGER_CONDITION_INPUT_TYPE.properties))
    }
}

/// The `SemanticOverrideConsolidationConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticOverrideConsolidationConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl SemanticOverrideConsolidationConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SemanticOverrideConsolidationConfigurationInput>
    for ::forma_core::Value<SemanticOverrideConsolidationConfigurationInput>
{
    fn from(v: SemanticOverrideConsolidationConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SEMANTIC_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `SemanticOverrideExtractionConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SemanticOverrideExtractionConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl SemanticOverrideExtractionConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SemanticOverrideExtractionConfigurationInput>
    for ::forma_core::Value<SemanticOverrideExtractionConfigurationInput>
{
    fn from(v: SemanticOverrideExtractionConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SEMANTIC_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `SummaryOverrideConsolidationConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryOverrideConsolidationConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl SummaryOverrideConsolidationConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SummaryOverrideConsolidationConfigurationInput>
    for ::forma_core::Value<SummaryOverrideConsolidationConfigurationInput>
{
    fn from(v: SummaryOverrideConsolidationConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SUMMARY_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `UserPreferenceOverrideConsolidationConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPreferenceOverrideConsolidationConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl UserPreferenceOverrideConsolidationConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UserPreferenceOverrideConsolidationConfigurationInput>
    for ::forma_core::Value<UserPreferenceOverrideConsolidationConfigurationInput>
{
    fn from(v: UserPreferenceOverrideConsolidationConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(USER_PREFERENCE_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `UserPreferenceOverrideExtractionConfigurationInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPreferenceOverrideExtractionConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl UserPreferenceOverrideExtractionConfigurationInput {
    /// A new value with its required properties: `AppendToPrompt`, `ModelId`.
    pub fn new(
        append_to_prompt: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, append_to_prompt.into().into_expr());
        props.set(1, model_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UserPreferenceOverrideExtractionConfigurationInput>
    for ::forma_core::Value<UserPreferenceOverrideExtractionConfigurationInput>
{
    fn from(v: UserPreferenceOverrideExtractionConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(USER_PREFERENCE_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE.properties),
        )
    }
}

/// The `ExtractionConfig` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractionConfig {
    props: ::forma_core::schema::Props,
}
impl ExtractionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LlmExtractionConfig`.
    pub fn llm_extraction_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LlmExtractionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExtractionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExtractionConfig> for ::forma_core::Value<ExtractionConfig> {
    fn from(v: ExtractionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTRACTION_CONFIG_TYPE.properties))
    }
}

/// The `MessageBasedTriggerInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageBasedTriggerInput {
    props: ::forma_core::schema::Props,
}
impl MessageBasedTriggerInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MessageCount`.
    ///
    /// Allowed: 1 to 50.
    pub fn message_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MessageBasedTriggerInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MessageBasedTriggerInput> for ::forma_core::Value<MessageBasedTriggerInput> {
    fn from(v: MessageBasedTriggerInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_BASED_TRIGGER_INPUT_TYPE.properties))
    }
}

/// The `TimeBasedTriggerInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeBasedTriggerInput {
    props: ::forma_core::schema::Props,
}
impl TimeBasedTriggerInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IdleSessionTimeout`.
    ///
    /// Allowed: 10 to 3000.
    pub fn idle_session_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeBasedTriggerInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeBasedTriggerInput> for ::forma_core::Value<TimeBasedTriggerInput> {
    fn from(v: TimeBasedTriggerInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_BASED_TRIGGER_INPUT_TYPE.properties))
    }
}

/// The `TokenBasedTriggerInput` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenBasedTriggerInput {
    props: ::forma_core::schema::Props,
}
impl TokenBasedTriggerInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TokenCount`.
    ///
    /// Allowed: 100 to 500000.
    pub fn token_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TokenBasedTriggerInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TokenBasedTriggerInput> for ::forma_core::Value<TokenBasedTriggerInput> {
    fn from(v: TokenBasedTriggerInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOKEN_BASED_TRIGGER_INPUT_TYPE.properties))
    }
}

/// The `LlmExtractionConfig` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct LlmExtractionConfig {
    props: ::forma_core::schema::Props,
}
impl LlmExtractionConfig {
    /// A new value with its required properties: `Definition`.
    pub fn new(definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, definition.into().into_expr());
        Self { props }
    }
    /// LLM extraction instruction
    ///
    /// Allowed: length 1 to 1000.
    pub fn llm_extraction_instruction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Validation`.
    pub fn validation(mut self, value: impl ::std::convert::Into<::forma_core::Value<Validation>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LlmExtractionConfig> for ::forma_core::Value<LlmExtractionConfig> {
    fn from(v: LlmExtractionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LLM_EXTRACTION_CONFIG_TYPE.properties))
    }
}

/// The `Validation` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    props: ::forma_core::schema::Props,
}
impl Validation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NumberValidation`.
    pub fn number_validation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NumberValidation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StringListValidation`.
    pub fn string_list_validation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StringListValidation>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StringValidation`.
    pub fn string_validation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StringValidation>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Validation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Validation> for ::forma_core::Value<Validation> {
    fn from(v: Validation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_TYPE.properties))
    }
}

/// The `NumberValidation` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberValidation {
    props: ::forma_core::schema::Props,
}
impl NumberValidation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxValue`.
    pub fn max_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinValue`.
    pub fn min_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NumberValidation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NumberValidation> for ::forma_core::Value<NumberValidation> {
    fn from(v: NumberValidation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NUMBER_VALIDATION_TYPE.properties))
    }
}

/// The `StringListValidation` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct StringListValidation {
    props: ::forma_core::schema::Props,
}
impl StringListValidation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedValues`.
    pub fn allowed_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxItems`.
    ///
    /// Allowed: 1 to 5.
    pub fn max_items(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StringListValidation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StringListValidation> for ::forma_core::Value<StringListValidation> {
    fn from(v: StringListValidation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_LIST_VALIDATION_TYPE.properties))
    }
}

/// The `StringValidation` property type of `AWS::BedrockAgentCore::Memory`.
#[derive(Debug, Clone, PartialEq)]
pub struct StringValidation {
    props: ::forma_core::schema::Props,
}
impl StringValidation {
    /// A new value with its required properties: `AllowedValues`.
    pub fn new(
        allowed_values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allowed_values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StringValidation> for ::forma_core::Value<StringValidation> {
    fn from(v: StringValidation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STRING_VALIDATION_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Memory`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::BedrockAgentCore::Memory",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "EncryptionKeyArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "EventExpiryDuration", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(3.0), maximum: Some(365.0) }) },
::forma_core::schema::Property { name: "IndexedKeys", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&INDEXED_KEY_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "MemoryExecutionRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "MemoryStrategies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&MEMORY_STRATEGY_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "NamespaceKeys", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&NAMESPACE_KEY_ENTRY_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) }) },
::forma_core::schema::Property { name: "StreamDeliveryResources", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&STREAM_DELIVERY_RESOURCES_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"), min_length: Some(0), max_length: Some(256) })) },
],
rules: &[],
attributes: &["MemoryArn", "MemoryId", "Status", "CreatedAt", "UpdatedAt", "FailureReason", "MemoryStrategies.*.SemanticMemoryStrategy.CreatedAt", "MemoryStrategies.*.SemanticMemoryStrategy.UpdatedAt", "MemoryStrategies.*.SemanticMemoryStrategy.StrategyId", "MemoryStrategies.*.SemanticMemoryStrategy.Status", "MemoryStrategies.*.SemanticMemoryStrategy.Type", "MemoryStrategies.*.SemanticMemoryStrategy.RecordExpiryDurationDays", "MemoryStrategies.*.SummaryMemoryStrategy.CreatedAt", "MemoryStrategies.*.SummaryMemoryStrategy.UpdatedAt", "MemoryStrategies.*.SummaryMemoryStrategy.StrategyId", "MemoryStrategies.*.SummaryMemoryStrategy.Status", "MemoryStrategies.*.SummaryMemoryStrategy.Type", "MemoryStrategies.*.SummaryMemoryStrategy.RecordExpiryDurationDays", "MemoryStrategies.*.UserPreferenceMemoryStrategy.CreatedAt", "MemoryStrategies.*.UserPreferenceMemoryStrategy.UpdatedAt", "MemoryStrategies.*.UserPreferenceMemoryStrategy.StrategyId", "MemoryStrategies.*.UserPreferenceMemoryStrategy.Status", "MemoryStrategies.*.UserPreferenceMemoryStrategy.Type", "MemoryStrategies.*.UserPreferenceMemoryStrategy.RecordExpiryDurationDays", "MemoryStrategies.*.CustomMemoryStrategy.CreatedAt", "MemoryStrategies.*.CustomMemoryStrategy.UpdatedAt", "MemoryStrategies.*.CustomMemoryStrategy.StrategyId", "MemoryStrategies.*.CustomMemoryStrategy.Status", "MemoryStrategies.*.CustomMemoryStrategy.Type", "MemoryStrategies.*.CustomMemoryStrategy.RecordExpiryDurationDays", "MemoryStrategies.*.EpisodicMemoryStrategy.CreatedAt", "MemoryStrategies.*.EpisodicMemoryStrategy.UpdatedAt", "MemoryStrategies.*.EpisodicMemoryStrategy.StrategyId", "MemoryStrategies.*.EpisodicMemoryStrategy.Status", "MemoryStrategies.*.EpisodicMemoryStrategy.Type", "MemoryStrategies.*.EpisodicMemoryStrategy.RecordExpiryDurationDays"],
};

static INDEXED_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.IndexedKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRINGLIST", "NUMBER"]),
        },
    ],
    rules: &[],
};

static MEMORY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.MemoryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomMemoryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_MEMORY_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EpisodicMemoryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPISODIC_MEMORY_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SemanticMemoryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_MEMORY_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SummaryMemoryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUMMARY_MEMORY_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPreferenceMemoryStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_PREFERENCE_MEMORY_STRATEGY_TYPE),
        },
    ],
    rules: &[],
};

static NAMESPACE_KEY_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.NamespaceKeyEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!memoryStrategyId$|actorId$|sessionId$)[a-z][a-z0-9]*$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Validation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NAMESPACE_KEY_VALIDATION_TYPE),
        },
    ],
    rules: &[],
};

static STREAM_DELIVERY_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.StreamDeliveryResources",
    properties: &[::forma_core::schema::Property {
        name: "Resources",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&STREAM_DELIVERY_RESOURCE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static CUSTOM_MEMORY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.CustomMemoryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemoryRecordSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordExpiryDurationDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(31.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordExpirySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "ACTIVE", "DELETING", "FAILED"]),
        },
        ::forma_core::schema::Property {
            name: "StrategyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"),
                min_length: Some(12),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SEMANTIC",
                "SUMMARIZATION",
                "USER_PREFERENCE",
                "CUSTOM",
                "EPISODIC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EPISODIC_MEMORY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.EpisodicMemoryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemoryRecordSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordExpiryDurationDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(31.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordExpirySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ReflectionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPISODIC_REFLECTION_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "ACTIVE", "DELETING", "FAILED"]),
        },
        ::forma_core::schema::Property {
            name: "StrategyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"),
                min_length: Some(12),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SEMANTIC",
                "SUMMARIZATION",
                "USER_PREFERENCE",
                "CUSTOM",
                "EPISODIC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SEMANTIC_MEMORY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.SemanticMemoryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemoryRecordSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordExpiryDurationDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(31.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordExpirySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "ACTIVE", "DELETING", "FAILED"]),
        },
        ::forma_core::schema::Property {
            name: "StrategyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"),
                min_length: Some(12),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SEMANTIC",
                "SUMMARIZATION",
                "USER_PREFERENCE",
                "CUSTOM",
                "EPISODIC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SUMMARY_MEMORY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.SummaryMemoryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemoryRecordSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordExpiryDurationDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(31.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordExpirySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "ACTIVE", "DELETING", "FAILED"]),
        },
        ::forma_core::schema::Property {
            name: "StrategyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"),
                min_length: Some(12),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SEMANTIC",
                "SUMMARIZATION",
                "USER_PREFERENCE",
                "CUSTOM",
                "EPISODIC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static USER_PREFERENCE_MEMORY_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.UserPreferenceMemoryStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemoryRecordSchema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordExpiryDurationDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(31.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RecordExpirySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "ACTIVE", "DELETING", "FAILED"]),
        },
        ::forma_core::schema::Property {
            name: "StrategyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$"),
                min_length: Some(12),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SEMANTIC",
                "SUMMARIZATION",
                "USER_PREFERENCE",
                "CUSTOM",
                "EPISODIC",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NAMESPACE_KEY_VALIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.NamespaceKeyValidation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z0-9][a-z0-9-_]*$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RegexPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static STREAM_DELIVERY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.StreamDeliveryResource",
    properties: &[::forma_core::schema::Property {
        name: "Kinesis",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KINESIS_RESOURCE_TYPE),
    }],
    rules: &[],
};

static CUSTOM_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.CustomConfigurationInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "EpisodicOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPISODIC_OVERRIDE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELF_MANAGED_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SemanticOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_OVERRIDE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SummaryOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUMMARY_OVERRIDE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPreferenceOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_PREFERENCE_OVERRIDE_TYPE),
        },
    ],
    rules: &[],
};

static MEMORY_RECORD_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.MemoryRecordSchema",
    properties: &[::forma_core::schema::Property {
        name: "MetadataSchema",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&METADATA_SCHEMA_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
        ),
    }],
    rules: &[],
};

static EPISODIC_REFLECTION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.EpisodicReflectionConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "MemoryRecordSchema",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NamespaceTemplates",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Namespaces",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static KINESIS_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Memory.KinesisResource",
properties: &[
::forma_core::schema::Property { name: "ContentConfigurations", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&CONTENT_CONFIGURATION_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "DataStreamArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static EPISODIC_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.EpisodicOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Consolidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPISODIC_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Extraction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPISODIC_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Reflection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EPISODIC_OVERRIDE_REFLECTION_CONFIGURATION_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static SELF_MANAGED_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.SelfManagedConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "HistoricalContextWindowSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(50.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "InvocationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INVOCATION_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TriggerConditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TRIGGER_CONDITION_INPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SEMANTIC_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.SemanticOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Consolidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Extraction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEMANTIC_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static SUMMARY_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.SummaryOverride",
    properties: &[::forma_core::schema::Property {
        name: "Consolidation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SUMMARY_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE),
    }],
    rules: &[],
};

static USER_PREFERENCE_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.UserPreferenceOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "Consolidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &USER_PREFERENCE_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE,
            ),
        },
        ::forma_core::schema::Property {
            name: "Extraction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_PREFERENCE_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static METADATA_SCHEMA_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.MetadataSchemaEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExtractionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXTRACTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExtractionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LLM_INFERRED", "STRICTLY_CONSISTENT"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRINGLIST", "NUMBER"]),
        },
    ],
    rules: &[],
};

static CONTENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.ContentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["METADATA_ONLY", "FULL_CONTENT"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MEMORY_RECORDS"]),
        },
    ],
    rules: &[],
};

static EPISODIC_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.EpisodicOverrideConsolidationConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static EPISODIC_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.EpisodicOverrideExtractionConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static EPISODIC_OVERRIDE_REFLECTION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.EpisodicOverrideReflectionConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "MemoryRecordSchema",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MEMORY_RECORD_SCHEMA_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "NamespaceTemplates",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Namespaces",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9\\-_/]*(\\{[a-zA-Z][a-zA-Z0-9]*\\}[a-zA-Z0-9\\-_/]*)*$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static INVOCATION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::BedrockAgentCore::Memory.InvocationConfigurationInput",
properties: &[
::forma_core::schema::Property { name: "PayloadDeliveryBucketName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "TopicArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static TRIGGER_CONDITION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.TriggerConditionInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "MessageBasedTrigger",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_BASED_TRIGGER_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeBasedTrigger",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_BASED_TRIGGER_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TokenBasedTrigger",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TOKEN_BASED_TRIGGER_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static SEMANTIC_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.SemanticOverrideConsolidationConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SEMANTIC_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.SemanticOverrideExtractionConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SUMMARY_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.SummaryOverrideConsolidationConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static USER_PREFERENCE_OVERRIDE_CONSOLIDATION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.UserPreferenceOverrideConsolidationConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static USER_PREFERENCE_OVERRIDE_EXTRACTION_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::BedrockAgentCore::Memory.UserPreferenceOverrideExtractionConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "AppendToPrompt",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(30000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static EXTRACTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.ExtractionConfig",
    properties: &[::forma_core::schema::Property {
        name: "LlmExtractionConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LLM_EXTRACTION_CONFIG_TYPE),
    }],
    rules: &[],
};

static MESSAGE_BASED_TRIGGER_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.MessageBasedTriggerInput",
    properties: &[::forma_core::schema::Property {
        name: "MessageCount",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(50.0),
        }),
    }],
    rules: &[],
};

static TIME_BASED_TRIGGER_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.TimeBasedTriggerInput",
    properties: &[::forma_core::schema::Property {
        name: "IdleSessionTimeout",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(10.0),
            maximum: Some(3000.0),
        }),
    }],
    rules: &[],
};

static TOKEN_BASED_TRIGGER_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.TokenBasedTriggerInput",
    properties: &[::forma_core::schema::Property {
        name: "TokenCount",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(100.0),
            maximum: Some(500000.0),
        }),
    }],
    rules: &[],
};

static LLM_EXTRACTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.LlmExtractionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "LlmExtractionInstruction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Validation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALIDATION_TYPE),
        },
    ],
    rules: &[],
};

static VALIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.Validation",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NUMBER_VALIDATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringListValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_LIST_VALIDATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringValidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STRING_VALIDATION_TYPE),
        },
    ],
    rules: &[],
};

static NUMBER_VALIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.NumberValidation",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinValue",
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

static STRING_LIST_VALIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.StringListValidation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxItems",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5.0),
            }),
        },
    ],
    rules: &[],
};

static STRING_VALIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Memory.StringValidation",
    properties: &[::forma_core::schema::Property {
        name: "AllowedValues",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};
