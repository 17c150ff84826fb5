// @generated from AWS::CustomerProfiles::Domain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::Domain` and its property types.

/// A domain defined for 3rd party data source in Profile Service
///
/// CloudFormation type `AWS::CustomerProfiles::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    props: ::forma_core::schema::Props,
}
impl Domain {
    /// A new resource with its required properties: `DefaultExpirationDays`, `DomainName`.
    #[track_caller]
    pub fn new(
        default_expiration_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, default_expiration_days.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, domain_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration and status of the data store for the domain.
    #[track_caller]
    pub fn data_store(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataStore>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL of the SQS dead letter queue
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn dead_letter_queue_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default encryption key
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn default_encryption_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The process of matching duplicate profiles.
    #[track_caller]
    pub fn matching(mut self, value: impl ::std::convert::Into<::forma_core::Value<Matching>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The process of matching duplicate profiles using the Rule-Based matching.
    #[track_caller]
    pub fn rule_based_matching(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RuleBasedMatching>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the domain
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Domain {
    type Attributes = DomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::Domain"
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
/// The attributes of a `AWS::CustomerProfiles::Domain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainAttributes {
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `RuleBasedMatching.Status`.
    pub fn rule_based_matching_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleBasedMatching.Status")
    }
    /// `Fn::GetAtt` `Stats`.
    pub fn stats(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Stats")
    }
    /// `Fn::GetAtt` `DataStore.Readiness`.
    pub fn data_store_readiness(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "DataStore.Readiness")
    }
}

/// Configuration and status of the data store for the domain.
#[derive(Debug, Clone, PartialEq)]
pub struct DataStore {
    props: ::forma_core::schema::Props,
}
impl DataStore {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the data store is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Progress information for data store setup.
    pub fn readiness(mut self, value: impl ::std::convert::Into<::forma_core::Value<Readiness>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataStore {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataStore> for ::forma_core::Value<DataStore> {
    fn from(v: DataStore) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_STORE_TYPE.properties))
    }
}

/// The process of matching duplicate profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct Matching {
    props: ::forma_core::schema::Props,
}
impl Matching {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
    /// Configuration information about the auto-merging process.
    pub fn auto_merging(mut self, value: impl ::std::convert::Into<::forma_core::Value<AutoMerging>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration information for exporting Identity Resolution results, for example, to an S3 bucket.
    pub fn exporting_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ExportingConfig>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The day and time when do you want to start the Identity Resolution Job every week.
    pub fn job_schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<JobSchedule>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Matching> for ::forma_core::Value<Matching> {
    fn from(v: Matching) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCHING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PENDING`, `IN_PROGRESS`, `ACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `PENDING`
    Pending,
    /// `IN_PROGRESS`
    InProgress,
    /// `ACTIVE`
    Active,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::InProgress => "IN_PROGRESS",
            Self::Active => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PENDING", "IN_PROGRESS", "ACTIVE"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The process of matching duplicate profiles using the Rule-Based matching.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleBasedMatching {
    props: ::forma_core::schema::Props,
}
impl RuleBasedMatching {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, enabled.into().into_expr());
        Self { props }
    }
    /// Configures information about the AttributeTypesSelector where the rule-based identity resolution uses to match profiles.
    pub fn attribute_types_selector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AttributeTypesSelector>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// How the auto-merging process should resolve conflicts between different profiles.
    pub fn conflict_resolution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConflictResolution>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration information for exporting Identity Resolution results, for example, to an S3 bucket.
    pub fn exporting_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ExportingConfig>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configures how the rule-based matching process should match profiles.
    pub fn matching_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchingRule>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Indicates the maximum allowed rule level for matching.
    ///
    /// Allowed: 1 to 15.
    pub fn max_allowed_rule_level_for_matching(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Indicates the maximum allowed rule level for merging.
    ///
    /// Allowed: 1 to 15.
    pub fn max_allowed_rule_level_for_merging(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RuleBasedMatching> for ::forma_core::Value<RuleBasedMatching> {
    fn from(v: RuleBasedMatching) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_BASED_MATCHING_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CustomerProfiles::Domain`.
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

/// Progress information for data store setup.
#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    props: ::forma_core::schema::Props,
}
impl Readiness {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A message describing the current progress.
    pub fn message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The percentage of progress completed.
    ///
    /// Allowed: 0 to 100.
    pub fn progress_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Readiness {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Readiness> for ::forma_core::Value<Readiness> {
    fn from(v: Readiness) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(READINESS_TYPE.properties))
    }
}

/// Configuration information about the auto-merging process.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoMerging {
    props: ::forma_core::schema::Props,
}
impl AutoMerging {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, enabled.into().into_expr());
        Self { props }
    }
    /// How the auto-merging process should resolve conflicts between different profiles.
    pub fn conflict_resolution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConflictResolution>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of matching attributes that represent matching criteria.
    pub fn consolidation(mut self, value: impl ::std::convert::Into<::forma_core::Value<Consolidation>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A number between 0 and 1 that represents the minimum confidence score required for profiles within a matching group to be merged during the auto-merge process.
    ///
    /// Allowed: 0.0 to 1.0.
    pub fn min_allowed_confidence_score_for_merging(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoMerging> for ::forma_core::Value<AutoMerging> {
    fn from(v: AutoMerging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_MERGING_TYPE.properties))
    }
}

/// Configuration information for exporting Identity Resolution results, for example, to an S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportingConfig {
    props: ::forma_core::schema::Props,
}
impl ExportingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The S3 location where Identity Resolution Jobs write result files.
    pub fn s3_exporting(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3ExportingConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExportingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExportingConfig> for ::forma_core::Value<ExportingConfig> {
    fn from(v: ExportingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPORTING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SUNDAY`, `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfTheWeek {
    /// `SUNDAY`
    Sunday,
    /// `MONDAY`
    Monday,
    /// `TUESDAY`
    Tuesday,
    /// `WEDNESDAY`
    Wednesday,
    /// `THURSDAY`
    Thursday,
    /// `FRIDAY`
    Friday,
    /// `SATURDAY`
    Saturday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfTheWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "SUNDAY",
            Self::Monday => "MONDAY",
            Self::Tuesday => "TUESDAY",
            Self::Wednesday => "WEDNESDAY",
            Self::Thursday => "THURSDAY",
            Self::Friday => "FRIDAY",
            Self::Saturday => "SATURDAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]
    }
}
impl ::std::convert::From<DayOfTheWeek> for ::forma_core::Value<DayOfTheWeek> {
    fn from(v: DayOfTheWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfTheWeek {}

/// The day and time when do you want to start the Identity Resolution Job every week.
#[derive(Debug, Clone, PartialEq)]
pub struct JobSchedule {
    props: ::forma_core::schema::Props,
}
impl JobSchedule {
    /// A new value with its required properties: `DayOfTheWeek`, `Time`.
    pub fn new(
        day_of_the_week: impl ::forma_core::schema::EnumArg<DayOfTheWeek>,
        time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day_of_the_week.into_enum_expr());
        props.set(1, time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JobSchedule> for ::forma_core::Value<JobSchedule> {
    fn from(v: JobSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_SCHEDULE_TYPE.properties))
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

/// Configures information about the AttributeTypesSelector where the rule-based identity resolution uses to match profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeTypesSelector {
    props: ::forma_core::schema::Props,
}
impl AttributeTypesSelector {
    /// A new value with its required properties: `AttributeMatchingModel`.
    pub fn new(attribute_matching_model: impl ::forma_core::schema::EnumArg<AttributeMatchingModel>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, attribute_matching_model.into_enum_expr());
        Self { props }
    }
    /// The Address type.
    pub fn address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Email type.
    pub fn email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The PhoneNumber type.
    pub fn phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AttributeTypesSelector> for ::forma_core::Value<AttributeTypesSelector> {
    fn from(v: AttributeTypesSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_TYPES_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RECENCY`, `SOURCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConflictResolvingModel {
    /// `RECENCY`
    Recency,
    /// `SOURCE`
    Source,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConflictResolvingModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Recency => "RECENCY",
            Self::Source => "SOURCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RECENCY", "SOURCE"]
    }
}
impl ::std::convert::From<ConflictResolvingModel> for ::forma_core::Value<ConflictResolvingModel> {
    fn from(v: ConflictResolvingModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConflictResolvingModel {}

/// How the auto-merging process should resolve conflicts between different profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictResolution {
    props: ::forma_core::schema::Props,
}
impl ConflictResolution {
    /// A new value with its required properties: `ConflictResolvingModel`.
    pub fn new(conflict_resolving_model: impl ::forma_core::schema::EnumArg<ConflictResolvingModel>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, conflict_resolving_model.into_enum_expr());
        Self { props }
    }
    /// The ObjectType name that is used to resolve profile merging conflicts when choosing SOURCE as the ConflictResolvingModel.
    ///
    /// Allowed: length 1 to 255.
    pub fn source_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConflictResolution> for ::forma_core::Value<ConflictResolution> {
    fn from(v: ConflictResolution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLICT_RESOLUTION_TYPE.properties))
    }
}

/// Specifies how does the rule-based matching process should match profiles.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchingRule {
    props: ::forma_core::schema::Props,
}
impl MatchingRule {
    /// A new value with its required properties: `Rule`.
    pub fn new(rule: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rule.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MatchingRule> for ::forma_core::Value<MatchingRule> {
    fn from(v: MatchingRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCHING_RULE_TYPE.properties))
    }
}

/// A list of matching attributes that represent matching criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct Consolidation {
    props: ::forma_core::schema::Props,
}
impl Consolidation {
    /// A new value with its required properties: `MatchingAttributesList`.
    pub fn new(
        matching_attributes_list: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::vec::Vec<::std::string::String>>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, matching_attributes_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Consolidation> for ::forma_core::Value<Consolidation> {
    fn from(v: Consolidation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSOLIDATION_TYPE.properties))
    }
}

/// The S3 location where Identity Resolution Jobs write result files.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ExportingConfig {
    props: ::forma_core::schema::Props,
}
impl S3ExportingConfig {
    /// A new value with its required properties: `S3BucketName`.
    pub fn new(s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket_name.into().into_expr());
        Self { props }
    }
    /// The S3 key name of the location where Identity Resolution Jobs write result files.
    ///
    /// Allowed: length 1 to 800.
    pub fn s3_key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3ExportingConfig> for ::forma_core::Value<S3ExportingConfig> {
    fn from(v: S3ExportingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_EXPORTING_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::Domain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::Domain",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataStore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_STORE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeadLetterQueueUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultEncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultExpirationDays",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1098.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Matching",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCHING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleBasedMatching",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_BASED_MATCHING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["LastUpdatedAt", "CreatedAt", "RuleBasedMatching.Status", "Stats", "DataStore.Readiness"],
};

static DATA_STORE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.DataStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Readiness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&READINESS_TYPE),
        },
    ],
    rules: &[],
};

static MATCHING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.Matching",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoMerging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_MERGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExportingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPORTING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JobSchedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_SCHEDULE_TYPE),
        },
    ],
    rules: &[],
};

static RULE_BASED_MATCHING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.RuleBasedMatching",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeTypesSelector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_TYPES_SELECTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConflictResolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLICT_RESOLUTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExportingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPORTING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchingRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MATCHING_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxAllowedRuleLevelForMatching",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(15.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxAllowedRuleLevelForMerging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(15.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PENDING", "IN_PROGRESS", "ACTIVE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static READINESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.Readiness",
    properties: &[
        ::forma_core::schema::Property {
            name: "Message",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProgressPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static AUTO_MERGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.AutoMerging",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConflictResolution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLICT_RESOLUTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Consolidation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONSOLIDATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MinAllowedConfidenceScoreForMerging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};

static EXPORTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.ExportingConfig",
    properties: &[::forma_core::schema::Property {
        name: "S3Exporting",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_EXPORTING_CONFIG_TYPE),
    }],
    rules: &[],
};

static JOB_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.JobSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "DayOfTheWeek",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SUNDAY",
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Time",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                min_length: Some(3),
                max_length: Some(5),
            }),
        },
    ],
    rules: &[],
};

static ATTRIBUTE_TYPES_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.AttributeTypesSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AttributeMatchingModel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ONE_TO_ONE", "MANY_TO_MANY"]),
        },
        ::forma_core::schema::Property {
            name: "EmailAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
    ],
    rules: &[],
};

static CONFLICT_RESOLUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.ConflictResolution",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConflictResolvingModel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RECENCY", "SOURCE"]),
        },
        ::forma_core::schema::Property {
            name: "SourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static MATCHING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.MatchingRule",
    properties: &[::forma_core::schema::Property {
        name: "Rule",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
        ),
    }],
    rules: &[],
};

static CONSOLIDATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.Consolidation",
    properties: &[::forma_core::schema::Property {
        name: "MatchingAttributesList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static S3_EXPORTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Domain.S3ExportingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9.-]+$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3KeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(800),
            }),
        },
    ],
    rules: &[],
};
