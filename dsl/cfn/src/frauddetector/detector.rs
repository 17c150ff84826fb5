// @generated from AWS::FraudDetector::Detector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FraudDetector::Detector` and its property types.

/// A resource schema for a Detector in Amazon Fraud Detector.
///
/// CloudFormation type `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Detector {
    props: ::forma_core::schema::Props,
}
impl Detector {
    /// A new resource with its required properties: `DetectorId`, `EventType`, `Rules`.
    #[track_caller]
    pub fn new(
        detector_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        event_type: impl ::std::convert::Into<::forma_core::Value<EventType>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, detector_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, event_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, rules.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The models to associate with this detector.
    #[track_caller]
    pub fn associated_models(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Model>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the detector.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired detector version status for the detector
    #[track_caller]
    pub fn detector_version_status(mut self, value: impl ::forma_core::schema::EnumArg<DetectorVersionStatus>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RuleExecutionMode`.
    #[track_caller]
    pub fn rule_execution_mode(mut self, value: impl ::forma_core::schema::EnumArg<RuleExecutionMode>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with this detector.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Detector {
    type Attributes = DetectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::FraudDetector::Detector"
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
/// The attributes of a `AWS::FraudDetector::Detector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DetectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DetectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DetectorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DetectorVersionId`.
    pub fn detector_version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DetectorVersionId")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Rules.*.RuleVersion`.
    pub fn rules_rule_version(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.RuleVersion")
    }
    /// `Fn::GetAtt` `Rules.*.Arn`.
    pub fn rules_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.Arn")
    }
    /// `Fn::GetAtt` `Rules.*.CreatedTime`.
    pub fn rules_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.CreatedTime")
    }
    /// `Fn::GetAtt` `Rules.*.LastUpdatedTime`.
    pub fn rules_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Rules.*.Outcomes.*.Arn`.
    pub fn rules_outcomes_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.Outcomes.*.Arn")
    }
    /// `Fn::GetAtt` `Rules.*.Outcomes.*.CreatedTime`.
    pub fn rules_outcomes_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.Outcomes.*.CreatedTime")
    }
    /// `Fn::GetAtt` `Rules.*.Outcomes.*.LastUpdatedTime`.
    pub fn rules_outcomes_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Rules.*.Outcomes.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `EventType.Arn`.
    pub fn event_type_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventType.Arn")
    }
    /// `Fn::GetAtt` `EventType.CreatedTime`.
    pub fn event_type_created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventType.CreatedTime")
    }
    /// `Fn::GetAtt` `EventType.LastUpdatedTime`.
    pub fn event_type_last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventType.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `EventType.EventVariables.*.Arn`.
    pub fn event_type_event_variables_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.EventVariables.*.Arn")
    }
    /// `Fn::GetAtt` `EventType.EventVariables.*.CreatedTime`.
    pub fn event_type_event_variables_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.EventVariables.*.CreatedTime")
    }
    /// `Fn::GetAtt` `EventType.EventVariables.*.LastUpdatedTime`.
    pub fn event_type_event_variables_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.EventVariables.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `EventType.Labels.*.Arn`.
    pub fn event_type_labels_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.Labels.*.Arn")
    }
    /// `Fn::GetAtt` `EventType.Labels.*.CreatedTime`.
    pub fn event_type_labels_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.Labels.*.CreatedTime")
    }
    /// `Fn::GetAtt` `EventType.Labels.*.LastUpdatedTime`.
    pub fn event_type_labels_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.Labels.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `EventType.EntityTypes.*.Arn`.
    pub fn event_type_entity_types_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.EntityTypes.*.Arn")
    }
    /// `Fn::GetAtt` `EventType.EntityTypes.*.CreatedTime`.
    pub fn event_type_entity_types_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.EntityTypes.*.CreatedTime")
    }
    /// `Fn::GetAtt` `EventType.EntityTypes.*.LastUpdatedTime`.
    pub fn event_type_entity_types_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventType.EntityTypes.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `AssociatedModels.*.Arn`.
    pub fn associated_models_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssociatedModels.*.Arn")
    }
}

/// The values CloudFormation documents: `DRAFT`, `ACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetectorVersionStatus {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DetectorVersionStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DRAFT", "ACTIVE"]
    }
}
impl ::std::convert::From<DetectorVersionStatus> for ::forma_core::Value<DetectorVersionStatus> {
    fn from(v: DetectorVersionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DetectorVersionStatus {}

/// The values CloudFormation documents: `FIRST_MATCHED`, `ALL_MATCHED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleExecutionMode {
    /// `FIRST_MATCHED`
    FirstMatched,
    /// `ALL_MATCHED`
    AllMatched,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleExecutionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FirstMatched => "FIRST_MATCHED",
            Self::AllMatched => "ALL_MATCHED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIRST_MATCHED", "ALL_MATCHED"]
    }
}
impl ::std::convert::From<RuleExecutionMode> for ::forma_core::Value<RuleExecutionMode> {
    fn from(v: RuleExecutionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleExecutionMode {}

/// A model to associate with a detector.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    props: ::forma_core::schema::Props,
}
impl Model {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Model {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Model> for ::forma_core::Value<Model> {
    fn from(v: Model) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_TYPE.properties))
    }
}

/// The `EventType` property type of `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventType {
    props: ::forma_core::schema::Props,
}
impl EventType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the event type.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the event type was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description of the event type.
    ///
    /// Allowed: length 1 to 128.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EntityTypes`.
    pub fn entity_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EntityType>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EventVariables`.
    pub fn event_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventVariable>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Labels`.
    pub fn labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Label>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The time when the event type was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The name for the event type
    ///
    /// Allowed: length 1 to 64.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Tags associated with this event type.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EventType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventType> for ::forma_core::Value<EventType> {
    fn from(v: EventType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DETECTORPL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `DETECTORPL`
    Detectorpl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Language {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Detectorpl => "DETECTORPL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DETECTORPL"]
    }
}
impl ::std::convert::From<Language> for ::forma_core::Value<Language> {
    fn from(v: Language) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Language {}

/// The `Rule` property type of `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the event type was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DetectorId`.
    ///
    /// Allowed: length 1 to 64.
    pub fn detector_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Expression`.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Language`.
    pub fn language(mut self, value: impl ::forma_core::schema::EnumArg<Language>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// The time when the event type was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Outcomes`.
    pub fn outcomes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Outcome>>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RuleId`.
    ///
    /// Allowed: length 1 to 64.
    pub fn rule_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `RuleVersion`.
    ///
    /// Allowed: length 1 to 5.
    pub fn rule_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Tags associated with this event type.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Rule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::FraudDetector::Detector`.
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

/// The `EntityType` property type of `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityType {
    props: ::forma_core::schema::Props,
}
impl EntityType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the entity type was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time when the entity type was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Tags associated with this entity type.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntityType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntityType> for ::forma_core::Value<EntityType> {
    fn from(v: EntityType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EVENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSource {
    /// `EVENT`
    Event,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "EVENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EVENT"]
    }
}
impl ::std::convert::From<DataSource> for ::forma_core::Value<DataSource> {
    fn from(v: DataSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSource {}

/// The values CloudFormation documents: `STRING`, `INTEGER`, `FLOAT`, `BOOLEAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `STRING`
    String,
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// `BOOLEAN`
    Boolean,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Float => "FLOAT",
            Self::Boolean => "BOOLEAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "INTEGER", "FLOAT", "BOOLEAN"]
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataType {}

/// The values CloudFormation documents: `AUTH_CODE`, `AVS`, `BILLING_ADDRESS_L1`, `BILLING_ADDRESS_L2`, `BILLING_CITY`, `BILLING_COUNTRY`, `BILLING_NAME`, `BILLING_PHONE`, `BILLING_STATE`, `BILLING_ZIP`, `CARD_BIN`, `CATEGORICAL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VariableType {
    /// `AUTH_CODE`
    AuthCode,
    /// `AVS`
    Avs,
    /// `BILLING_ADDRESS_L1`
    BillingAddressL1,
    /// `BILLING_ADDRESS_L2`
    BillingAddressL2,
    /// `BILLING_CITY`
    BillingCity,
    /// `BILLING_COUNTRY`
    BillingCountry,
    /// `BILLING_NAME`
    BillingName,
    /// `BILLING_PHONE`
    BillingPhone,
    /// `BILLING_STATE`
    BillingState,
    /// `BILLING_ZIP`
    BillingZip,
    /// `CARD_BIN`
    CardBin,
    /// `CATEGORICAL`
    Categorical,
    /// `CURRENCY_CODE`
    CurrencyCode,
    /// `EMAIL_ADDRESS`
    EmailAddress,
    /// `FINGERPRINT`
    Fingerprint,
    /// `FRAUD_LABEL`
    FraudLabel,
    /// `FREE_FORM_TEXT`
    FreeFormText,
    /// `IP_ADDRESS`
    IpAddress,
    /// `NUMERIC`
    Numeric,
    /// `ORDER_ID`
    OrderId,
    /// `PAYMENT_TYPE`
    PaymentType,
    /// `PHONE_NUMBER`
    PhoneNumber,
    /// `PRICE`
    Price,
    /// `PRODUCT_CATEGORY`
    ProductCategory,
    /// `SHIPPING_ADDRESS_L1`
    ShippingAddressL1,
    /// `SHIPPING_ADDRESS_L2`
    ShippingAddressL2,
    /// `SHIPPING_CITY`
    ShippingCity,
    /// `SHIPPING_COUNTRY`
    ShippingCountry,
    /// `SHIPPING_NAME`
    ShippingName,
    /// `SHIPPING_PHONE`
    ShippingPhone,
    /// `SHIPPING_STATE`
    ShippingState,
    /// `SHIPPING_ZIP`
    ShippingZip,
    /// `USERAGENT`
    Useragent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VariableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthCode => "AUTH_CODE",
            Self::Avs => "AVS",
            Self::BillingAddressL1 => "BILLING_ADDRESS_L1",
            Self::BillingAddressL2 => "BILLING_ADDRESS_L2",
            Self::BillingCity => "BILLING_CITY",
            Self::BillingCountry => "BILLING_COUNTRY",
            Self::BillingName => "BILLING_NAME",
            Self::BillingPhone => "BILLING_PHONE",
            Self::BillingState => "BILLING_STATE",
            Self::BillingZip => "BILLING_ZIP",
            Self::CardBin => "CARD_BIN",
            Self::Categorical => "CATEGORICAL",
            Self::CurrencyCode => "CURRENCY_CODE",
            Self::EmailAddress => "EMAIL_ADDRESS",
            Self::Fingerprint => "FINGERPRINT",
            Self::FraudLabel => "FRAUD_LABEL",
            Self::FreeFormText => "FREE_FORM_TEXT",
            Self::IpAddress => "IP_ADDRESS",
            Self::Numeric => "NUMERIC",
            Self::OrderId => "ORDER_ID",
            Self::PaymentType => "PAYMENT_TYPE",
            Self::PhoneNumber => "PHONE_NUMBER",
            Self::Price => "PRICE",
            Self::ProductCategory => "PRODUCT_CATEGORY",
            Self::ShippingAddressL1 => "SHIPPING_ADDRESS_L1",
            Self::ShippingAddressL2 => "SHIPPING_ADDRESS_L2",
            Self::ShippingCity => "SHIPPING_CITY",
            Self::ShippingCountry => "SHIPPING_COUNTRY",
            Self::ShippingName => "SHIPPING_NAME",
            Self::ShippingPhone => "SHIPPING_PHONE",
            Self::ShippingState => "SHIPPING_STATE",
            Self::ShippingZip => "SHIPPING_ZIP",
            Self::Useragent => "USERAGENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AUTH_CODE",
            "AVS",
            "BILLING_ADDRESS_L1",
            "BILLING_ADDRESS_L2",
            "BILLING_CITY",
            "BILLING_COUNTRY",
            "BILLING_NAME",
            "BILLING_PHONE",
            "BILLING_STATE",
            "BILLING_ZIP",
            "CARD_BIN",
            "CATEGORICAL",
            "CURRENCY_CODE",
            "EMAIL_ADDRESS",
            "FINGERPRINT",
            "FRAUD_LABEL",
            "FREE_FORM_TEXT",
            "IP_ADDRESS",
            "NUMERIC",
            "ORDER_ID",
            "PAYMENT_TYPE",
            "PHONE_NUMBER",
            "PRICE",
            "PRODUCT_CATEGORY",
            "SHIPPING_ADDRESS_L1",
            "SHIPPING_ADDRESS_L2",
            "SHIPPING_CITY",
            "SHIPPING_COUNTRY",
            "SHIPPING_NAME",
            "SHIPPING_PHONE",
            "SHIPPING_STATE",
            "SHIPPING_ZIP",
            "USERAGENT",
        ]
    }
}
impl ::std::convert::From<VariableType> for ::forma_core::Value<VariableType> {
    fn from(v: VariableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VariableType {}

/// The `EventVariable` property type of `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventVariable {
    props: ::forma_core::schema::Props,
}
impl EventVariable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the event variable was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DataSource`.
    pub fn data_source(mut self, value: impl ::forma_core::schema::EnumArg<DataSource>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `DataType`.
    pub fn data_type(mut self, value: impl ::forma_core::schema::EnumArg<DataType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The time when the event variable was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Tags associated with this event variable.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `VariableType`.
    pub fn variable_type(mut self, value: impl ::forma_core::schema::EnumArg<VariableType>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EventVariable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventVariable> for ::forma_core::Value<EventVariable> {
    fn from(v: EventVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_VARIABLE_TYPE.properties))
    }
}

/// The `Label` property type of `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    props: ::forma_core::schema::Props,
}
impl Label {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the label was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time when the label was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Tags associated with this label.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Label {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_TYPE.properties))
    }
}

/// The `Outcome` property type of `AWS::FraudDetector::Detector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    props: ::forma_core::schema::Props,
}
impl Outcome {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the outcome was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time when the outcome was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Tags associated with this outcome.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Outcome {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Outcome> for ::forma_core::Value<Outcome> {
    fn from(v: Outcome) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTCOME_TYPE.properties))
    }
}

/// The schema of `AWS::FraudDetector::Detector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FraudDetector::Detector",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MODEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DetectorId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DetectorVersionStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DRAFT", "ACTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "EventType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleExecutionMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FIRST_MATCHED", "ALL_MATCHED"]),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
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
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "DetectorVersionId",
        "CreatedTime",
        "LastUpdatedTime",
        "Rules.*.RuleVersion",
        "Rules.*.Arn",
        "Rules.*.CreatedTime",
        "Rules.*.LastUpdatedTime",
        "Rules.*.Outcomes.*.Arn",
        "Rules.*.Outcomes.*.CreatedTime",
        "Rules.*.Outcomes.*.LastUpdatedTime",
        "EventType.Arn",
        "EventType.CreatedTime",
        "EventType.LastUpdatedTime",
        "EventType.EventVariables.*.Arn",
        "EventType.EventVariables.*.CreatedTime",
        "EventType.EventVariables.*.LastUpdatedTime",
        "EventType.Labels.*.Arn",
        "EventType.Labels.*.CreatedTime",
        "EventType.Labels.*.LastUpdatedTime",
        "EventType.EntityTypes.*.Arn",
        "EventType.EntityTypes.*.CreatedTime",
        "EventType.EntityTypes.*.LastUpdatedTime",
        "AssociatedModels.*.Arn",
    ],
};

static MODEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.Model",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static EVENT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.EventType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntityTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENTITY_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Labels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
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
    ],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DetectorId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Language",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DETECTORPL"]),
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Outcomes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OUTCOME_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]*)$"),
                min_length: Some(1),
                max_length: Some(5),
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
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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

static ENTITY_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.EntityType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    ],
    rules: &[],
};

static EVENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.EventVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EVENT"]),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "INTEGER", "FLOAT", "BOOLEAN"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "VariableType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AUTH_CODE",
                "AVS",
                "BILLING_ADDRESS_L1",
                "BILLING_ADDRESS_L2",
                "BILLING_CITY",
                "BILLING_COUNTRY",
                "BILLING_NAME",
                "BILLING_PHONE",
                "BILLING_STATE",
                "BILLING_ZIP",
                "CARD_BIN",
                "CATEGORICAL",
                "CURRENCY_CODE",
                "EMAIL_ADDRESS",
                "FINGERPRINT",
                "FRAUD_LABEL",
                "FREE_FORM_TEXT",
                "IP_ADDRESS",
                "NUMERIC",
                "ORDER_ID",
                "PAYMENT_TYPE",
                "PHONE_NUMBER",
                "PRICE",
                "PRODUCT_CATEGORY",
                "SHIPPING_ADDRESS_L1",
                "SHIPPING_ADDRESS_L2",
                "SHIPPING_CITY",
                "SHIPPING_COUNTRY",
                "SHIPPING_NAME",
                "SHIPPING_PHONE",
                "SHIPPING_STATE",
                "SHIPPING_ZIP",
                "USERAGENT",
            ]),
        },
    ],
    rules: &[],
};

static LABEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.Label",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    ],
    rules: &[],
};

static OUTCOME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Detector.Outcome",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    ],
    rules: &[],
};
