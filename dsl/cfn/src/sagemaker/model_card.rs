// @generated from AWS::SageMaker::ModelCard (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ModelCard` and its property types.

/// Resource Type definition for AWS::SageMaker::ModelCard.
///
/// CloudFormation type `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelCard {
    props: ::forma_core::schema::Props,
}
impl ModelCard {
    /// A new resource with its required properties: `Content`, `ModelCardName`, `ModelCardStatus`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<Content>>,
        model_card_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_card_status: impl ::forma_core::schema::EnumArg<ModelCardStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, model_card_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, model_card_status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information about the user who created or modified an experiment, trial, trial component, lineage group, project, or model card.
    #[track_caller]
    pub fn created_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserContext>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the user who created or modified an experiment, trial, trial component, lineage group, project, or model card.
    #[track_caller]
    pub fn last_modified_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserContext>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional Key Management Service key to encrypt, decrypt, and re-encrypt model card content for regulated workloads with highly sensitive data.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecurityConfig>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs used to manage metadata for model cards.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ModelCard {
    type Attributes = ModelCardAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ModelCard"
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
/// The attributes of a `AWS::SageMaker::ModelCard` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ModelCardAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ModelCardAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ModelCardAttributes {
    /// `Fn::GetAtt` `ModelCardArn`.
    pub fn model_card_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModelCardArn")
    }
    /// `Fn::GetAtt` `ModelCardVersion`.
    pub fn model_card_version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ModelCardVersion")
    }
    /// `Fn::GetAtt` `CreatedBy.DomainId`.
    pub fn created_by_domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy.DomainId")
    }
    /// `Fn::GetAtt` `CreatedBy.UserProfileArn`.
    pub fn created_by_user_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy.UserProfileArn")
    }
    /// `Fn::GetAtt` `CreatedBy.UserProfileName`.
    pub fn created_by_user_profile_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy.UserProfileName")
    }
    /// `Fn::GetAtt` `LastModifiedBy.DomainId`.
    pub fn last_modified_by_domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedBy.DomainId")
    }
    /// `Fn::GetAtt` `LastModifiedBy.UserProfileArn`.
    pub fn last_modified_by_user_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedBy.UserProfileArn")
    }
    /// `Fn::GetAtt` `LastModifiedBy.UserProfileName`.
    pub fn last_modified_by_user_profile_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedBy.UserProfileName")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `ModelCardProcessingStatus`.
    pub fn model_card_processing_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModelCardProcessingStatus")
    }
}

/// The values CloudFormation documents: `Draft`, `PendingReview`, `Approved`, `Archived`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModelCardStatus {
    /// `Draft`
    Draft,
    /// `PendingReview`
    PendingReview,
    /// `Approved`
    Approved,
    /// `Archived`
    Archived,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ModelCardStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "Draft",
            Self::PendingReview => "PendingReview",
            Self::Approved => "Approved",
            Self::Archived => "Archived",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Draft", "PendingReview", "Approved", "Archived"]
    }
}
impl ::std::convert::From<ModelCardStatus> for ::forma_core::Value<ModelCardStatus> {
    fn from(v: ModelCardStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ModelCardStatus {}

/// The content of the model card.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    props: ::forma_core::schema::Props,
}
impl Content {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AdditionalInformation`.
    pub fn additional_information(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdditionalInformation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Business details.
    pub fn business_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<BusinessDetails>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EvaluationDetails`.
    pub fn evaluation_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationDetail>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Intended usage of model.
    pub fn intended_uses(mut self, value: impl ::std::convert::Into<::forma_core::Value<IntendedUses>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Overview about the model.
    pub fn model_overview(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelOverview>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Metadata information related to model package version
    pub fn model_package_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelPackageDetails>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Overview about the training.
    pub fn training_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrainingDetails>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Content {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Content> for ::forma_core::Value<Content> {
    fn from(v: Content) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_TYPE.properties))
    }
}

/// Information about the user who created or modified an experiment, trial, trial component, lineage group, project, or model card.
#[derive(Debug, Clone, PartialEq)]
pub struct UserContext {
    props: ::forma_core::schema::Props,
}
impl UserContext {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The domain associated with the user.
    pub fn domain_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the user's profile.
    pub fn user_profile_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the user's profile.
    pub fn user_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserContext {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserContext> for ::forma_core::Value<UserContext> {
    fn from(v: UserContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_CONTEXT_TYPE.properties))
    }
}

/// An optional Key Management Service key to encrypt, decrypt, and re-encrypt model card content for regulated workloads with highly sensitive data.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfig {
    props: ::forma_core::schema::Props,
}
impl SecurityConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Key Management Service key ID to use for encrypting a model card.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityConfig> for ::forma_core::Value<SecurityConfig> {
    fn from(v: SecurityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The `AdditionalInformation` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalInformation {
    props: ::forma_core::schema::Props,
}
impl AdditionalInformation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Caveats and recommendations for people who might use this model in their applications.
    ///
    /// Allowed: length 0 to 2048.
    pub fn caveats_and_recommendations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// customer details.
    pub fn custom_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Any ethical considerations that the author wants to provide.
    ///
    /// Allowed: length 0 to 2048.
    pub fn ethical_considerations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdditionalInformation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdditionalInformation> for ::forma_core::Value<AdditionalInformation> {
    fn from(v: AdditionalInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_INFORMATION_TYPE.properties))
    }
}

/// Business details.
#[derive(Debug, Clone, PartialEq)]
pub struct BusinessDetails {
    props: ::forma_core::schema::Props,
}
impl BusinessDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// What business problem does the model solve?
    ///
    /// Allowed: length 0 to 2048.
    pub fn business_problem(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Business stakeholders.
    ///
    /// Allowed: length 0 to 2048.
    pub fn business_stakeholders(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Line of business.
    ///
    /// Allowed: length 0 to 2048.
    pub fn line_of_business(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BusinessDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BusinessDetails> for ::forma_core::Value<BusinessDetails> {
    fn from(v: BusinessDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUSINESS_DETAILS_TYPE.properties))
    }
}

/// item of evaluation details
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationDetail {
    props: ::forma_core::schema::Props,
}
impl EvaluationDetail {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, name.into().into_expr());
        Self { props }
    }
    /// `Datasets`.
    pub fn datasets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EvaluationJobArn`.
    ///
    /// Allowed: length 0 to 256.
    pub fn evaluation_job_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EvaluationObservation`.
    ///
    /// Allowed: length 0 to 2096.
    pub fn evaluation_observation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// additional attributes associated with the evaluation results.
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MetricGroups`.
    pub fn metric_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricGroup>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EvaluationDetail> for ::forma_core::Value<EvaluationDetail> {
    fn from(v: EvaluationDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_DETAIL_TYPE.properties))
    }
}

/// The values CloudFormation documents: `High`, `Medium`, `Low`, `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RiskRating {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// `Unknown`
    UnknownValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RiskRating {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "High",
            Self::Medium => "Medium",
            Self::Low => "Low",
            Self::UnknownValue => "Unknown",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["High", "Medium", "Low", "Unknown"]
    }
}
impl ::std::convert::From<RiskRating> for ::forma_core::Value<RiskRating> {
    fn from(v: RiskRating) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RiskRating {}

/// Intended usage of model.
#[derive(Debug, Clone, PartialEq)]
pub struct IntendedUses {
    props: ::forma_core::schema::Props,
}
impl IntendedUses {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ExplanationsForRiskRating`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn explanations_for_risk_rating(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FactorsAffectingModelEfficiency`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn factors_affecting_model_efficiency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// intended use cases.
    ///
    /// Allowed: length 0 to 2048.
    pub fn intended_uses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Why the model was developed?
    ///
    /// Allowed: length 0 to 2048.
    pub fn purpose_of_model(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Risk rating of model.
    pub fn risk_rating(mut self, value: impl ::forma_core::schema::EnumArg<RiskRating>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for IntendedUses {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntendedUses> for ::forma_core::Value<IntendedUses> {
    fn from(v: IntendedUses) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTENDED_USES_TYPE.properties))
    }
}

/// Overview about the model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelOverview {
    props: ::forma_core::schema::Props,
}
impl ModelOverview {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Algorithm used to solve the problem.
    ///
    /// Allowed: length 0 to 1024.
    pub fn algorithm_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Overview about the inference.
    pub fn inference_environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelOverviewInferenceEnvironment>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Location of the model artifact.
    pub fn model_artifact(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Creator of model.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_creator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// description of model.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// SageMaker Model Arn or Non SageMaker Model id.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Name of the model.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Owner of model.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Version of the model.
    ///
    /// Allowed: at least 1.
    pub fn model_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Problem being solved with the model.
    ///
    /// Allowed: length 0 to 1024.
    pub fn problem_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelOverview {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelOverview> for ::forma_core::Value<ModelOverview> {
    fn from(v: ModelOverview) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_OVERVIEW_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Approved`, `Rejected`, `PendingManualApproval`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModelApprovalStatus {
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `PendingManualApproval`
    PendingManualApproval,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ModelApprovalStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::PendingManualApproval => "PendingManualApproval",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Approved", "Rejected", "PendingManualApproval"]
    }
}
impl ::std::convert::From<ModelApprovalStatus> for ::forma_core::Value<ModelApprovalStatus> {
    fn from(v: ModelApprovalStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ModelApprovalStatus {}

/// The values CloudFormation documents: `Pending`, `InProgress`, `Completed`, `Failed`, `Deleting`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModelPackageStatus {
    /// `Pending`
    Pending,
    /// `InProgress`
    InProgress,
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// `Deleting`
    Deleting,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ModelPackageStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::InProgress => "InProgress",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Deleting => "Deleting",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Pending", "InProgress", "Completed", "Failed", "Deleting"]
    }
}
impl ::std::convert::From<ModelPackageStatus> for ::forma_core::Value<ModelPackageStatus> {
    fn from(v: ModelPackageStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ModelPackageStatus {}

/// Metadata information related to model package version
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageDetails {
    props: ::forma_core::schema::Props,
}
impl ModelPackageDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A description provided for the model approval
    ///
    /// Allowed: length 0 to 1024.
    pub fn approval_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about the user who created model package.
    pub fn created_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelPackageCreator>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The machine learning domain of the model package you specified.
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Details about inference jobs that can be run with models based on this model package.
    pub fn inference_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceSpecification>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Current approval status of model package
    pub fn model_approval_status(mut self, value: impl ::forma_core::schema::EnumArg<ModelApprovalStatus>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the model package
    ///
    /// Allowed: length 1 to 2048.
    pub fn model_package_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A brief summary of the model package
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_package_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// If the model is a versioned model, the name of the model group that the versioned model belongs to.
    ///
    /// Allowed: length 1 to 63.
    pub fn model_package_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Name of the model package
    ///
    /// Allowed: length 1 to 63.
    pub fn model_package_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Current status of model package
    pub fn model_package_status(mut self, value: impl ::forma_core::schema::EnumArg<ModelPackageStatus>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// Version of the model package
    ///
    /// Allowed: at least 1.0.
    pub fn model_package_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// A list of algorithms that were used to create a model package.
    pub fn source_algorithms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceAlgorithm>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The machine learning task you specified that your model package accomplishes.
    pub fn task(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelPackageDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelPackageDetails> for ::forma_core::Value<ModelPackageDetails> {
    fn from(v: ModelPackageDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_PACKAGE_DETAILS_TYPE.properties))
    }
}

/// Overview about the training.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingDetails {
    props: ::forma_core::schema::Props,
}
impl TrainingDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// the objective function the model will optimize for.
    pub fn objective_function(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ObjectiveFunction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TrainingJobDetails`.
    pub fn training_job_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainingDetailsTrainingJobDetails>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TrainingObservations`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn training_observations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrainingDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrainingDetails> for ::forma_core::Value<TrainingDetails> {
    fn from(v: TrainingDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINING_DETAILS_TYPE.properties))
    }
}

/// item in metric groups
#[derive(Debug, Clone, PartialEq)]
pub struct MetricGroup {
    props: ::forma_core::schema::Props,
}
impl MetricGroup {
    /// A new value with its required properties: `MetricData`, `Name`.
    pub fn new(
        metric_data: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_data.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricGroup> for ::forma_core::Value<MetricGroup> {
    fn from(v: MetricGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_GROUP_TYPE.properties))
    }
}

/// Overview about the inference.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelOverviewInferenceEnvironment {
    props: ::forma_core::schema::Props,
}
impl ModelOverviewInferenceEnvironment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// SageMaker inference image uri.
    pub fn container_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelOverviewInferenceEnvironment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelOverviewInferenceEnvironment>
    for ::forma_core::Value<ModelOverviewInferenceEnvironment>
{
    fn from(v: ModelOverviewInferenceEnvironment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_OVERVIEW_INFERENCE_ENVIRONMENT_TYPE.properties))
    }
}

/// The `ModelPackageCreator` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageCreator {
    props: ::forma_core::schema::Props,
}
impl ModelPackageCreator {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the user's profile in Studio
    ///
    /// Allowed: length 0 to 63.
    pub fn user_profile_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelPackageCreator {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelPackageCreator> for ::forma_core::Value<ModelPackageCreator> {
    fn from(v: ModelPackageCreator) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_PACKAGE_CREATOR_TYPE.properties))
    }
}

/// The `InferenceSpecification` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceSpecification {
    props: ::forma_core::schema::Props,
}
impl InferenceSpecification {
    /// A new value with its required properties: `Containers`.
    pub fn new(containers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Container>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, containers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceSpecification> for ::forma_core::Value<InferenceSpecification> {
    fn from(v: InferenceSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_SPECIFICATION_TYPE.properties))
    }
}

/// The `SourceAlgorithm` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAlgorithm {
    props: ::forma_core::schema::Props,
}
impl SourceAlgorithm {
    /// A new value with its required properties: `AlgorithmName`.
    pub fn new(algorithm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, algorithm_name.into().into_expr());
        Self { props }
    }
    /// The Amazon S3 path where the model artifacts, which result from model training, are stored.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_data_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceAlgorithm> for ::forma_core::Value<SourceAlgorithm> {
    fn from(v: SourceAlgorithm) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_ALGORITHM_TYPE.properties))
    }
}

/// the objective function the model will optimize for.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveFunction {
    props: ::forma_core::schema::Props,
}
impl ObjectiveFunction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// objective function that training job is optimized for.
    pub fn function(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ObjectiveFunctionFunction>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Notes`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn notes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectiveFunction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectiveFunction> for ::forma_core::Value<ObjectiveFunction> {
    fn from(v: ObjectiveFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECTIVE_FUNCTION_TYPE.properties))
    }
}

/// The `TrainingDetailsTrainingJobDetails` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingDetailsTrainingJobDetails {
    props: ::forma_core::schema::Props,
}
impl TrainingDetailsTrainingJobDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HyperParameters`.
    pub fn hyper_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TrainingHyperParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// SageMaker Training job arn.
    ///
    /// Allowed: length 0 to 1024.
    pub fn training_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Location of the model datasets.
    pub fn training_datasets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TrainingEnvironment`.
    pub fn training_environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrainingDetailsTrainingJobDetailsTrainingEnvironment>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TrainingMetrics`.
    pub fn training_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TrainingMetric>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `UserProvidedHyperParameters`.
    pub fn user_provided_hyper_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TrainingHyperParameter>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `UserProvidedTrainingMetrics`.
    pub fn user_provided_training_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TrainingMetric>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrainingDetailsTrainingJobDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrainingDetailsTrainingJobDetails>
    for ::forma_core::Value<TrainingDetailsTrainingJobDetails>
{
    fn from(v: TrainingDetailsTrainingJobDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINING_DETAILS_TRAINING_JOB_DETAILS_TYPE.properties))
    }
}

/// The `Container` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct Container {
    props: ::forma_core::schema::Props,
}
impl Container {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, image.into().into_expr());
        Self { props }
    }
    /// The Amazon S3 path where the model artifacts, which result from model training, are stored.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_data_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference Recommender model that matches your model.
    pub fn nearest_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Container> for ::forma_core::Value<Container> {
    fn from(v: Container) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Maximize`, `Minimize`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Function {
    /// `Maximize`
    Maximize,
    /// `Minimize`
    Minimize,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Function {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Maximize => "Maximize",
            Self::Minimize => "Minimize",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Maximize", "Minimize"]
    }
}
impl ::std::convert::From<Function> for ::forma_core::Value<Function> {
    fn from(v: Function) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Function {}

/// objective function that training job is optimized for.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveFunctionFunction {
    props: ::forma_core::schema::Props,
}
impl ObjectiveFunctionFunction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Condition`.
    ///
    /// Allowed: length 0 to 63.
    pub fn condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Facet`.
    ///
    /// Allowed: length 0 to 63.
    pub fn facet(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Function`.
    pub fn function(mut self, value: impl ::forma_core::schema::EnumArg<Function>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ObjectiveFunctionFunction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectiveFunctionFunction> for ::forma_core::Value<ObjectiveFunctionFunction> {
    fn from(v: ObjectiveFunctionFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECTIVE_FUNCTION_FUNCTION_TYPE.properties))
    }
}

/// training hyper parameter
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingHyperParameter {
    props: ::forma_core::schema::Props,
}
impl TrainingHyperParameter {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrainingHyperParameter> for ::forma_core::Value<TrainingHyperParameter> {
    fn from(v: TrainingHyperParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINING_HYPER_PARAMETER_TYPE.properties))
    }
}

/// The `TrainingDetailsTrainingJobDetailsTrainingEnvironment` property type of `AWS::SageMaker::ModelCard`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingDetailsTrainingJobDetailsTrainingEnvironment {
    props: ::forma_core::schema::Props,
}
impl TrainingDetailsTrainingJobDetailsTrainingEnvironment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// SageMaker training image uri.
    pub fn container_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrainingDetailsTrainingJobDetailsTrainingEnvironment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrainingDetailsTrainingJobDetailsTrainingEnvironment>
    for ::forma_core::Value<TrainingDetailsTrainingJobDetailsTrainingEnvironment>
{
    fn from(v: TrainingDetailsTrainingJobDetailsTrainingEnvironment) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(TRAINING_DETAILS_TRAINING_JOB_DETAILS_TRAINING_ENVIRONMENT_TYPE.properties),
        )
    }
}

/// training metric data.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingMetric {
    props: ::forma_core::schema::Props,
}
impl TrainingMetric {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// `Notes`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn notes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrainingMetric> for ::forma_core::Value<TrainingMetric> {
    fn from(v: TrainingMetric) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINING_METRIC_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::ModelCard`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::ModelCard",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_CONTEXT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LastModifiedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_CONTEXT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelCardName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelCardStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Draft", "PendingReview", "Approved", "Archived"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SECURITY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "ModelCardArn",
        "ModelCardVersion",
        "CreatedBy.DomainId",
        "CreatedBy.UserProfileArn",
        "CreatedBy.UserProfileName",
        "LastModifiedBy.DomainId",
        "LastModifiedBy.UserProfileArn",
        "LastModifiedBy.UserProfileName",
        "CreationTime",
        "LastModifiedTime",
        "ModelCardProcessingStatus",
    ],
};

static CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.Content",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalInformation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADDITIONAL_INFORMATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BusinessDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUSINESS_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EvaluationDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IntendedUses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTENDED_USES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelOverview",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_OVERVIEW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_PACKAGE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrainingDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAINING_DETAILS_TYPE),
        },
    ],
    rules: &[],
};

static USER_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.UserContext",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserProfileArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserProfileName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SECURITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.SecurityConfig",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(".*"),
            min_length: Some(0),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ADDITIONAL_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.AdditionalInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaveatsAndRecommendations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(1024) },
            )),
        },
        ::forma_core::schema::Property {
            name: "EthicalConsiderations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static BUSINESS_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.BusinessDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "BusinessProblem",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BusinessStakeholders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LineOfBusiness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static EVALUATION_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.EvaluationDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "Datasets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EvaluationJobArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationObservation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(1024) },
            )),
        },
        ::forma_core::schema::Property {
            name: "MetricGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".{1,63}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static INTENDED_USES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.IntendedUses",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExplanationsForRiskRating",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FactorsAffectingModelEfficiency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntendedUses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "PurposeOfModel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RiskRating",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["High", "Medium", "Low", "Unknown"]),
        },
    ],
    rules: &[],
};

static MODEL_OVERVIEW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.ModelOverview",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlgorithmType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InferenceEnvironment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_OVERVIEW_INFERENCE_ENVIRONMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelArtifact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ModelCreator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProblemType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static MODEL_PACKAGE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.ModelPackageDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApprovalDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_PACKAGE_CREATOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InferenceSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelApprovalStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Approved", "Rejected", "PendingManualApproval"]),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Pending", "InProgress", "Completed", "Failed", "Deleting"]),
        },
        ::forma_core::schema::Property {
            name: "ModelPackageVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceAlgorithms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_ALGORITHM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Task",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TRAINING_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.TrainingDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectiveFunction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBJECTIVE_FUNCTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrainingJobDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAINING_DETAILS_TRAINING_JOB_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrainingObservations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static METRIC_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.MetricGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".{1,63}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static MODEL_OVERVIEW_INFERENCE_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::ModelCard.ModelOverviewInferenceEnvironment",
        properties: &[::forma_core::schema::Property {
            name: "ContainerImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(15) },
            ),
        }],
        rules: &[],
    };

static MODEL_PACKAGE_CREATOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.ModelPackageCreator",
    properties: &[::forma_core::schema::Property {
        name: "UserProfileName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: None,
            max_length: Some(63),
        }),
    }],
    rules: &[],
};

static INFERENCE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.InferenceSpecification",
    properties: &[::forma_core::schema::Property {
        name: "Containers",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONTAINER_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
        ),
    }],
    rules: &[],
};

static SOURCE_ALGORITHM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.SourceAlgorithm",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlgorithmName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(170),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelDataUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static OBJECTIVE_FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.ObjectiveFunction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Function",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBJECTIVE_FUNCTION_FUNCTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Notes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TRAINING_DETAILS_TRAINING_JOB_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::ModelCard.TrainingDetailsTrainingJobDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "HyperParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TRAINING_HYPER_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "TrainingArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "TrainingDatasets",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: None,
                        max_length: Some(1024),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(15) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TrainingEnvironment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &TRAINING_DETAILS_TRAINING_JOB_DETAILS_TRAINING_ENVIRONMENT_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "TrainingMetrics",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TRAINING_METRIC_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "UserProvidedHyperParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TRAINING_HYPER_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "UserProvidedTrainingMetrics",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TRAINING_METRIC_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static CONTAINER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.Container",
    properties: &[
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelDataUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "NearestModelName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OBJECTIVE_FUNCTION_FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.ObjectiveFunctionFunction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Facet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Function",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Maximize", "Minimize"]),
        },
    ],
    rules: &[],
};

static TRAINING_HYPER_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.TrainingHyperParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".{1,255}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".{1,255}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TRAINING_DETAILS_TRAINING_JOB_DETAILS_TRAINING_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::ModelCard.TrainingDetailsTrainingJobDetailsTrainingEnvironment",
        properties: &[::forma_core::schema::Property {
            name: "ContainerImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(15) },
            ),
        }],
        rules: &[],
    };

static TRAINING_METRIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelCard.TrainingMetric",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".{1,255}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Notes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
