// @generated from AWS::SageMaker::ModelPackage (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ModelPackage` and its property types.

/// Resource Type definition for AWS::SageMaker::ModelPackage
///
/// CloudFormation type `AWS::SageMaker::ModelPackage`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackage {
    props: ::forma_core::schema::Props,
}
impl ModelPackage {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of additional Inference Specification objects.
    #[track_caller]
    pub fn additional_inference_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalInferenceSpecificationDefinition>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of additional Inference Specification objects.
    #[track_caller]
    pub fn additional_inference_specifications_to_add(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalInferenceSpecificationDefinition>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description provided for the model approval.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn approval_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to certify the model package for listing on AWS Marketplace.
    #[track_caller]
    pub fn certify_for_marketplace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique token that guarantees that the call to this API is idempotent.
    ///
    /// Allowed: length 1 to 36.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata properties associated with the model package versions.
    #[track_caller]
    pub fn customer_metadata_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The machine learning domain of the model package you specified.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the drift check baselines that can be used when the model monitor is set using the model package.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn drift_check_baselines(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DriftCheckBaselines>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Details about inference jobs that can be run with models based on this model package.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inference_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceSpecification>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata properties of the tracking entity, trial, or trial component.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metadata_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetadataProperties>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The approval status of the model package.
    #[track_caller]
    pub fn model_approval_status(mut self, value: impl ::forma_core::schema::EnumArg<ModelApprovalStatus>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The model card associated with the model package.
    #[track_caller]
    pub fn model_card(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelCard>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that contains model metrics reports.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelMetrics>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the model package.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_package_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the model package group.
    ///
    /// Allowed: length 1 to 170.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn model_package_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name or arn of the model package.
    ///
    /// Allowed: length 1 to 63.
    #[track_caller]
    pub fn model_package_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Details about the current status of the model package.
    #[track_caller]
    pub fn model_package_status_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelPackageStatusDetails>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the model package.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn model_package_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Simple Storage Service (Amazon S3) path where the sample payload are stored pointing to single gzip compressed tar archive.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sample_payload_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional AWS Key Management Service key to encrypt, decrypt, and re-encrypt model package information for regulated workloads with highly sensitive data.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecurityConfig>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates if you want to skip model validation.
    #[track_caller]
    pub fn skip_model_validation(mut self, value: impl ::forma_core::schema::EnumArg<SkipModelValidation>) -> Self {
        self.props.set_at(20, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Details about the algorithm that was used to create the model package.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_algorithm_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceAlgorithmSpecification>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URI of the source for the model package.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn source_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The machine learning task your model package accomplishes.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn task(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configurations for one or more transform jobs that Amazon SageMaker runs to test the model package.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn validation_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ValidationSpecification>>,
    ) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ModelPackage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ModelPackage {
    type Attributes = ModelPackageAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ModelPackage"
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
/// The attributes of a `AWS::SageMaker::ModelPackage` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ModelPackageAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ModelPackageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ModelPackageAttributes {
    /// `Fn::GetAtt` `ModelPackageArn`.
    pub fn model_package_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModelPackageArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `ModelPackageStatus`.
    pub fn model_package_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModelPackageStatus")
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

/// The values CloudFormation documents: `None`, `All`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SkipModelValidation {
    /// `None`
    None,
    /// `All`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SkipModelValidation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::All => "All",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "All"]
    }
}
impl ::std::convert::From<SkipModelValidation> for ::forma_core::Value<SkipModelValidation> {
    fn from(v: SkipModelValidation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SkipModelValidation {}

/// Additional Inference Specification specifies details about inference jobs that can be run with models based on this model package.AdditionalInferenceSpecifications can be added to existing model packages using AdditionalInferenceSpecificationsToAdd.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalInferenceSpecificationDefinition {
    props: ::forma_core::schema::Props,
}
impl AdditionalInferenceSpecificationDefinition {
    /// A new value with its required properties: `Containers`, `Name`.
    pub fn new(
        containers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ModelPackageContainerDefinition>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, containers.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// A description of the additional Inference specification.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The supported MIME types for the input data.
    pub fn supported_content_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of the instance types that are used to generate inferences in real-time
    pub fn supported_realtime_inference_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The supported MIME types for the output data.
    pub fn supported_response_mime_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A list of the instance types on which a transformation job can be run or on which an endpoint can be deployed.
    pub fn supported_transform_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdditionalInferenceSpecificationDefinition>
    for ::forma_core::Value<AdditionalInferenceSpecificationDefinition>
{
    fn from(v: AdditionalInferenceSpecificationDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_INFERENCE_SPECIFICATION_DEFINITION_TYPE.properties))
    }
}

/// Represents the drift check baselines that can be used when the model monitor is set using the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct DriftCheckBaselines {
    props: ::forma_core::schema::Props,
}
impl DriftCheckBaselines {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents the drift check bias baselines that can be used when the model monitor is set using the model package.
    pub fn bias(mut self, value: impl ::std::convert::Into<::forma_core::Value<DriftCheckBias>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains explainability metrics for a model.
    pub fn explainability(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DriftCheckExplainability>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Represents the drift check data quality baselines that can be used when the model monitor is set using the model package.
    pub fn model_data_quality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DriftCheckModelDataQuality>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Represents the drift check model quality baselines that can be used when the model monitor is set using the model package.
    pub fn model_quality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DriftCheckModelQuality>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DriftCheckBaselines {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DriftCheckBaselines> for ::forma_core::Value<DriftCheckBaselines> {
    fn from(v: DriftCheckBaselines) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DRIFT_CHECK_BASELINES_TYPE.properties))
    }
}

/// Details about inference jobs that can be run with models based on this model package.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceSpecification {
    props: ::forma_core::schema::Props,
}
impl InferenceSpecification {
    /// A new value with its required properties: `Containers`, `SupportedContentTypes`, `SupportedResponseMIMETypes`.
    pub fn new(
        containers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ModelPackageContainerDefinition>>>,
        supported_content_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        supported_response_mime_types: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, containers.into().into_expr());
        props.set(1, supported_content_types.into().into_expr());
        props.set(3, supported_response_mime_types.into().into_expr());
        Self { props }
    }
    /// A list of the instance types that are used to generate inferences in real-time
    pub fn supported_realtime_inference_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A list of the instance types on which a transformation job can be run or on which an endpoint can be deployed.
    pub fn supported_transform_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InferenceSpecification> for ::forma_core::Value<InferenceSpecification> {
    fn from(v: InferenceSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_SPECIFICATION_TYPE.properties))
    }
}

/// Metadata properties of the tracking entity, trial, or trial component.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataProperties {
    props: ::forma_core::schema::Props,
}
impl MetadataProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The commit ID.
    ///
    /// Allowed: length 0 to 1024.
    pub fn commit_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The entity this entity was generated by.
    ///
    /// Allowed: length 0 to 1024.
    pub fn generated_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The project ID metadata.
    ///
    /// Allowed: length 0 to 1024.
    pub fn project_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The repository metadata.
    ///
    /// Allowed: length 0 to 1024.
    pub fn repository(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MetadataProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataProperties> for ::forma_core::Value<MetadataProperties> {
    fn from(v: MetadataProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_PROPERTIES_TYPE.properties))
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

/// The model card associated with the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelCard {
    props: ::forma_core::schema::Props,
}
impl ModelCard {
    /// A new value with its required properties: `ModelCardContent`, `ModelCardStatus`.
    pub fn new(
        model_card_content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_card_status: impl ::forma_core::schema::EnumArg<ModelCardStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, model_card_content.into().into_expr());
        props.set(1, model_card_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelCard> for ::forma_core::Value<ModelCard> {
    fn from(v: ModelCard) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_CARD_TYPE.properties))
    }
}

/// A structure that contains model metrics reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelMetrics {
    props: ::forma_core::schema::Props,
}
impl ModelMetrics {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains bias metrics for a model.
    pub fn bias(mut self, value: impl ::std::convert::Into<::forma_core::Value<Bias>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains explainability metrics for a model.
    pub fn explainability(mut self, value: impl ::std::convert::Into<::forma_core::Value<Explainability>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Metrics that measure the quality of the input data for a model.
    pub fn model_data_quality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelDataQuality>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Metrics that measure the quality of a model.
    pub fn model_quality(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelQuality>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelMetrics {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelMetrics> for ::forma_core::Value<ModelMetrics> {
    fn from(v: ModelMetrics) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_METRICS_TYPE.properties))
    }
}

/// Details about the current status of the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageStatusDetails {
    props: ::forma_core::schema::Props,
}
impl ModelPackageStatusDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ValidationStatuses`.
    pub fn validation_statuses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ModelPackageStatusItem>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelPackageStatusDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelPackageStatusDetails> for ::forma_core::Value<ModelPackageStatusDetails> {
    fn from(v: ModelPackageStatusDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_PACKAGE_STATUS_DETAILS_TYPE.properties))
    }
}

/// An optional AWS Key Management Service key to encrypt, decrypt, and re-encrypt model package information for regulated workloads with highly sensitive data.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfig {
    props: ::forma_core::schema::Props,
}
impl SecurityConfig {
    /// A new value with its required properties: `KmsKeyId`.
    pub fn new(kms_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SecurityConfig> for ::forma_core::Value<SecurityConfig> {
    fn from(v: SecurityConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_CONFIG_TYPE.properties))
    }
}

/// Details about the algorithm that was used to create the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAlgorithmSpecification {
    props: ::forma_core::schema::Props,
}
impl SourceAlgorithmSpecification {
    /// A new value with its required properties: `SourceAlgorithms`.
    pub fn new(
        source_algorithms: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceAlgorithm>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_algorithms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceAlgorithmSpecification> for ::forma_core::Value<SourceAlgorithmSpecification> {
    fn from(v: SourceAlgorithmSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_ALGORITHM_SPECIFICATION_TYPE.properties))
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

/// Specifies configurations for one or more transform jobs that Amazon SageMaker runs to test the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationSpecification {
    props: ::forma_core::schema::Props,
}
impl ValidationSpecification {
    /// A new value with its required properties: `ValidationProfiles`, `ValidationRole`.
    pub fn new(
        validation_profiles: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ValidationProfile>>>,
        validation_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, validation_profiles.into().into_expr());
        props.set(1, validation_role.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ValidationSpecification> for ::forma_core::Value<ValidationSpecification> {
    fn from(v: ValidationSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_SPECIFICATION_TYPE.properties))
    }
}

/// Describes the Docker container for the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl ModelPackageContainerDefinition {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, image.into().into_expr());
        Self { props }
    }
    /// The DNS host name for the Docker container.
    ///
    /// Allowed: length 0 to 63.
    pub fn container_hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Sets the environment variables in the Docker container
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The machine learning framework of the model package container image.
    pub fn framework(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The framework version of the Model Package Container Image.
    ///
    /// Allowed: length 3 to 10.
    pub fn framework_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An MD5 hash of the training algorithm that identifies the Docker image used for training.
    ///
    /// Allowed: length 0 to 72.
    pub fn image_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Specifies the location of ML model data to deploy during endpoint creation.
    pub fn model_data_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelDataSource>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A structure with Model Input details.
    ///
    /// Allowed: length 0 to 1024.
    pub fn model_data_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ModelInput`.
    pub fn model_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelPackageContainerDefinitionModelInput>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference Recommender model that matches your model.
    pub fn nearest_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ModelPackageContainerDefinition> for ::forma_core::Value<ModelPackageContainerDefinition> {
    fn from(v: ModelPackageContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE.properties))
    }
}

/// Represents the drift check bias baselines that can be used when the model monitor is set using the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct DriftCheckBias {
    props: ::forma_core::schema::Props,
}
impl DriftCheckBias {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a File Source Object.
    pub fn config_file(mut self, value: impl ::std::convert::Into<::forma_core::Value<FileSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn post_training_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn pre_training_constraints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DriftCheckBias {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DriftCheckBias> for ::forma_core::Value<DriftCheckBias> {
    fn from(v: DriftCheckBias) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DRIFT_CHECK_BIAS_TYPE.properties))
    }
}

/// Contains explainability metrics for a model.
#[derive(Debug, Clone, PartialEq)]
pub struct DriftCheckExplainability {
    props: ::forma_core::schema::Props,
}
impl DriftCheckExplainability {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a File Source Object.
    pub fn config_file(mut self, value: impl ::std::convert::Into<::forma_core::Value<FileSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn constraints(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DriftCheckExplainability {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DriftCheckExplainability> for ::forma_core::Value<DriftCheckExplainability> {
    fn from(v: DriftCheckExplainability) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DRIFT_CHECK_EXPLAINABILITY_TYPE.properties))
    }
}

/// Represents the drift check data quality baselines that can be used when the model monitor is set using the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct DriftCheckModelDataQuality {
    props: ::forma_core::schema::Props,
}
impl DriftCheckModelDataQuality {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a Metric Source Object.
    pub fn constraints(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn statistics(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DriftCheckModelDataQuality {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DriftCheckModelDataQuality> for ::forma_core::Value<DriftCheckModelDataQuality> {
    fn from(v: DriftCheckModelDataQuality) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DRIFT_CHECK_MODEL_DATA_QUALITY_TYPE.properties))
    }
}

/// Represents the drift check model quality baselines that can be used when the model monitor is set using the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct DriftCheckModelQuality {
    props: ::forma_core::schema::Props,
}
impl DriftCheckModelQuality {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a Metric Source Object.
    pub fn constraints(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn statistics(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DriftCheckModelQuality {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DriftCheckModelQuality> for ::forma_core::Value<DriftCheckModelQuality> {
    fn from(v: DriftCheckModelQuality) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DRIFT_CHECK_MODEL_QUALITY_TYPE.properties))
    }
}

/// Contains bias metrics for a model.
#[derive(Debug, Clone, PartialEq)]
pub struct Bias {
    props: ::forma_core::schema::Props,
}
impl Bias {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a Metric Source Object.
    pub fn post_training_report(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn pre_training_report(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn report(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Bias {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Bias> for ::forma_core::Value<Bias> {
    fn from(v: Bias) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BIAS_TYPE.properties))
    }
}

/// Contains explainability metrics for a model.
#[derive(Debug, Clone, PartialEq)]
pub struct Explainability {
    props: ::forma_core::schema::Props,
}
impl Explainability {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a Metric Source Object.
    pub fn report(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Explainability {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Explainability> for ::forma_core::Value<Explainability> {
    fn from(v: Explainability) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPLAINABILITY_TYPE.properties))
    }
}

/// Metrics that measure the quality of the input data for a model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelDataQuality {
    props: ::forma_core::schema::Props,
}
impl ModelDataQuality {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a Metric Source Object.
    pub fn constraints(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn statistics(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelDataQuality {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelDataQuality> for ::forma_core::Value<ModelDataQuality> {
    fn from(v: ModelDataQuality) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_DATA_QUALITY_TYPE.properties))
    }
}

/// Metrics that measure the quality of a model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelQuality {
    props: ::forma_core::schema::Props,
}
impl ModelQuality {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a Metric Source Object.
    pub fn constraints(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a Metric Source Object.
    pub fn statistics(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetricsSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelQuality {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelQuality> for ::forma_core::Value<ModelQuality> {
    fn from(v: ModelQuality) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_QUALITY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NotStarted`, `Failed`, `InProgress`, `Completed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `NotStarted`
    NotStarted,
    /// `Failed`
    Failed,
    /// `InProgress`
    InProgress,
    /// `Completed`
    Completed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "NotStarted",
            Self::Failed => "Failed",
            Self::InProgress => "InProgress",
            Self::Completed => "Completed",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NotStarted", "Failed", "InProgress", "Completed"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Represents the overall status of a model package.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageStatusItem {
    props: ::forma_core::schema::Props,
}
impl ModelPackageStatusItem {
    /// A new value with its required properties: `Name`, `Status`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, status.into_enum_expr());
        Self { props }
    }
    /// If the overall status is Failed, the reason for the failure.
    pub fn failure_reason(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ModelPackageStatusItem> for ::forma_core::Value<ModelPackageStatusItem> {
    fn from(v: ModelPackageStatusItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_PACKAGE_STATUS_ITEM_TYPE.properties))
    }
}

/// Specifies an algorithm that was used to create the model package.
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

/// Contains data, such as the inputs and targeted instance types that are used in the process of validating the model package.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationProfile {
    props: ::forma_core::schema::Props,
}
impl ValidationProfile {
    /// A new value with its required properties: `ProfileName`, `TransformJobDefinition`.
    pub fn new(
        profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transform_job_definition: impl ::std::convert::Into<::forma_core::Value<TransformJobDefinition>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, profile_name.into().into_expr());
        props.set(1, transform_job_definition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ValidationProfile> for ::forma_core::Value<ValidationProfile> {
    fn from(v: ValidationProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_PROFILE_TYPE.properties))
    }
}

/// Specifies the location of ML model data to deploy during endpoint creation.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelDataSource {
    props: ::forma_core::schema::Props,
}
impl ModelDataSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the S3 location of ML model data to deploy.
    pub fn s3_data_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3ModelDataSource>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ModelDataSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ModelDataSource> for ::forma_core::Value<ModelDataSource> {
    fn from(v: ModelDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_DATA_SOURCE_TYPE.properties))
    }
}

/// The `ModelPackageContainerDefinitionModelInput` property type of `AWS::SageMaker::ModelPackage`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageContainerDefinitionModelInput {
    props: ::forma_core::schema::Props,
}
impl ModelPackageContainerDefinitionModelInput {
    /// A new value with its required properties: `DataInputConfig`.
    pub fn new(data_input_config: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_input_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelPackageContainerDefinitionModelInput>
    for ::forma_core::Value<ModelPackageContainerDefinitionModelInput>
{
    fn from(v: ModelPackageContainerDefinitionModelInput) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MODEL_PACKAGE_CONTAINER_DEFINITION_MODEL_INPUT_TYPE.properties),
        )
    }
}

/// Represents a File Source Object.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSource {
    props: ::forma_core::schema::Props,
}
impl FileSource {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, s3_uri.into().into_expr());
        Self { props }
    }
    /// The digest of the file source.
    ///
    /// Allowed: length 0 to 72.
    pub fn content_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of content stored in the file source.
    ///
    /// Allowed: length 0 to 256.
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FileSource> for ::forma_core::Value<FileSource> {
    fn from(v: FileSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_SOURCE_TYPE.properties))
    }
}

/// Represents a Metric Source Object.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsSource {
    props: ::forma_core::schema::Props,
}
impl MetricsSource {
    /// A new value with its required properties: `ContentType`, `S3Uri`.
    pub fn new(
        content_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, content_type.into().into_expr());
        props.set(2, s3_uri.into().into_expr());
        Self { props }
    }
    /// The digest of the metric source.
    ///
    /// Allowed: length 0 to 72.
    pub fn content_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricsSource> for ::forma_core::Value<MetricsSource> {
    fn from(v: MetricsSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MultiRecord`, `SingleRecord`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BatchStrategy {
    /// `MultiRecord`
    MultiRecord,
    /// `SingleRecord`
    SingleRecord,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BatchStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MultiRecord => "MultiRecord",
            Self::SingleRecord => "SingleRecord",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MultiRecord", "SingleRecord"]
    }
}
impl ::std::convert::From<BatchStrategy> for ::forma_core::Value<BatchStrategy> {
    fn from(v: BatchStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BatchStrategy {}

/// Defines the input needed to run a transform job using the inference specification specified in the algorithm.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformJobDefinition {
    props: ::forma_core::schema::Props,
}
impl TransformJobDefinition {
    /// A new value with its required properties: `TransformInput`, `TransformOutput`, `TransformResources`.
    pub fn new(
        transform_input: impl ::std::convert::Into<::forma_core::Value<TransformInput>>,
        transform_output: impl ::std::convert::Into<::forma_core::Value<TransformOutput>>,
        transform_resources: impl ::std::convert::Into<::forma_core::Value<TransformResources>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, transform_input.into().into_expr());
        props.set(5, transform_output.into().into_expr());
        props.set(6, transform_resources.into().into_expr());
        Self { props }
    }
    /// A string that determines the number of records included in a single mini-batch.
    pub fn batch_strategy(mut self, value: impl ::forma_core::schema::EnumArg<BatchStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Sets the environment variables in the Docker container
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum number of parallel requests that can be sent to each instance in a transform job.
    ///
    /// Allowed: at least 0.
    pub fn max_concurrent_transforms(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The maximum payload size allowed, in MB.
    ///
    /// Allowed: at least 0.
    pub fn max_payload_in_mb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransformJobDefinition> for ::forma_core::Value<TransformJobDefinition> {
    fn from(v: TransformJobDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_JOB_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `Gzip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionType {
    /// `None`
    None,
    /// `Gzip`
    Gzip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Gzip => "Gzip",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "Gzip"]
    }
}
impl ::std::convert::From<CompressionType> for ::forma_core::Value<CompressionType> {
    fn from(v: CompressionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionType {}

/// The values CloudFormation documents: `S3Prefix`, `S3Object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3DataType {
    /// `S3Prefix`
    S3Prefix,
    /// `S3Object`
    S3Object,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3Prefix => "S3Prefix",
            Self::S3Object => "S3Object",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3Prefix", "S3Object"]
    }
}
impl ::std::convert::From<S3DataType> for ::forma_core::Value<S3DataType> {
    fn from(v: S3DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3DataType {}

/// Specifies the S3 location of ML model data to deploy.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ModelDataSource {
    props: ::forma_core::schema::Props,
}
impl S3ModelDataSource {
    /// A new value with its required properties: `CompressionType`, `S3DataType`, `S3Uri`.
    pub fn new(
        compression_type: impl ::forma_core::schema::EnumArg<CompressionType>,
        s3_data_type: impl ::forma_core::schema::EnumArg<S3DataType>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compression_type.into_enum_expr());
        props.set(2, s3_data_type.into_enum_expr());
        props.set(3, s3_uri.into().into_expr());
        Self { props }
    }
    /// Specifies the access configuration file for the ML model.
    pub fn model_access_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelAccessConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3ModelDataSource> for ::forma_core::Value<S3ModelDataSource> {
    fn from(v: S3ModelDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_MODEL_DATA_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `TFRecord`, `Line`, `RecordIO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SplitType {
    /// `None`
    None,
    /// `TFRecord`
    TfRecord,
    /// `Line`
    Line,
    /// `RecordIO`
    RecordIo,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SplitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::TfRecord => "TFRecord",
            Self::Line => "Line",
            Self::RecordIo => "RecordIO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "TFRecord", "Line", "RecordIO"]
    }
}
impl ::std::convert::From<SplitType> for ::forma_core::Value<SplitType> {
    fn from(v: SplitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SplitType {}

/// Describes the input source of a transform job and the way the transform job consumes it.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformInput {
    props: ::forma_core::schema::Props,
}
impl TransformInput {
    /// A new value with its required properties: `DataSource`.
    pub fn new(data_source: impl ::std::convert::Into<::forma_core::Value<DataSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, data_source.into().into_expr());
        Self { props }
    }
    /// If your transform data is compressed, specify the compression type.
    pub fn compression_type(mut self, value: impl ::forma_core::schema::EnumArg<CompressionType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The multipurpose internet mail extension (MIME) type of the data.
    ///
    /// Allowed: length 0 to 256.
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The method to use to split the transform job's data files into smaller batches.
    pub fn split_type(mut self, value: impl ::forma_core::schema::EnumArg<SplitType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<TransformInput> for ::forma_core::Value<TransformInput> {
    fn from(v: TransformInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `Line`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssembleWith {
    /// `None`
    None,
    /// `Line`
    Line,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssembleWith {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Line => "Line",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "Line"]
    }
}
impl ::std::convert::From<AssembleWith> for ::forma_core::Value<AssembleWith> {
    fn from(v: AssembleWith) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssembleWith {}

/// Describes the results of a transform job.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformOutput {
    props: ::forma_core::schema::Props,
}
impl TransformOutput {
    /// A new value with its required properties: `S3OutputPath`.
    pub fn new(s3_output_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, s3_output_path.into().into_expr());
        Self { props }
    }
    /// The MIME type used to specify the output data.
    ///
    /// Allowed: length 0 to 256.
    pub fn accept(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines how to assemble the results of the transform job as a single S3 object.
    pub fn assemble_with(mut self, value: impl ::forma_core::schema::EnumArg<AssembleWith>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransformOutput> for ::forma_core::Value<TransformOutput> {
    fn from(v: TransformOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_OUTPUT_TYPE.properties))
    }
}

/// Describes the resources, including ML instance types and ML instance count, to use for transform job.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformResources {
    props: ::forma_core::schema::Props,
}
impl TransformResources {
    /// A new value with its required properties: `InstanceCount`, `InstanceType`.
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_count.into().into_expr());
        props.set(1, instance_type.into().into_expr());
        Self { props }
    }
    /// The AWS Key Management Service (AWS KMS) key that Amazon SageMaker uses to encrypt model data on the storage volume attached to the ML compute instance(s) that run the batch transform job.
    ///
    /// Allowed: length 0 to 2048.
    pub fn volume_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransformResources> for ::forma_core::Value<TransformResources> {
    fn from(v: TransformResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_RESOURCES_TYPE.properties))
    }
}

/// Specifies the access configuration file for the ML model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelAccessConfig {
    props: ::forma_core::schema::Props,
}
impl ModelAccessConfig {
    /// A new value with its required properties: `AcceptEula`.
    pub fn new(accept_eula: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, accept_eula.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelAccessConfig> for ::forma_core::Value<ModelAccessConfig> {
    fn from(v: ModelAccessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_ACCESS_CONFIG_TYPE.properties))
    }
}

/// Describes the input source of a transform job and the way the transform job consumes it.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new value with its required properties: `S3DataSource`.
    pub fn new(s3_data_source: impl ::std::convert::Into<::forma_core::Value<S3DataSource>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_data_source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSource> for ::forma_core::Value<DataSource> {
    fn from(v: DataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ManifestFile`, `S3Prefix`, `AugmentedManifestFile`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3DataSourceS3DataType {
    /// `ManifestFile`
    ManifestFile,
    /// `S3Prefix`
    S3Prefix,
    /// `AugmentedManifestFile`
    AugmentedManifestFile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3DataSourceS3DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManifestFile => "ManifestFile",
            Self::S3Prefix => "S3Prefix",
            Self::AugmentedManifestFile => "AugmentedManifestFile",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ManifestFile", "S3Prefix", "AugmentedManifestFile"]
    }
}
impl ::std::convert::From<S3DataSourceS3DataType> for ::forma_core::Value<S3DataSourceS3DataType> {
    fn from(v: S3DataSourceS3DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3DataSourceS3DataType {}

/// Describes the S3 data source.
#[derive(Debug, Clone, PartialEq)]
pub struct S3DataSource {
    props: ::forma_core::schema::Props,
}
impl S3DataSource {
    /// A new value with its required properties: `S3DataType`, `S3Uri`.
    pub fn new(
        s3_data_type: impl ::forma_core::schema::EnumArg<S3DataSourceS3DataType>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_data_type.into_enum_expr());
        props.set(1, s3_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3DataSource> for ::forma_core::Value<S3DataSource> {
    fn from(v: S3DataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DATA_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::ModelPackage`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::SageMaker::ModelPackage",
properties: &[
::forma_core::schema::Property { name: "AdditionalInferenceSpecifications", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ADDITIONAL_INFERENCE_SPECIFICATION_DEFINITION_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) }) },
::forma_core::schema::Property { name: "AdditionalInferenceSpecificationsToAdd", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ADDITIONAL_INFERENCE_SPECIFICATION_DEFINITION_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) }) },
::forma_core::schema::Property { name: "ApprovalDescription", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some(".*"), min_length: None, max_length: Some(1024) }) },
::forma_core::schema::Property { name: "CertifyForMarketplace", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ClientToken", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9-]+$"), min_length: Some(1), max_length: Some(36) }) },
::forma_core::schema::Property { name: "CustomerMetadataProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,256}"), min_length: Some(1), max_length: Some(256) })) },
::forma_core::schema::Property { name: "Domain", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "DriftCheckBaselines", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&DRIFT_CHECK_BASELINES_TYPE) },
::forma_core::schema::Property { name: "InferenceSpecification", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&INFERENCE_SPECIFICATION_TYPE) },
::forma_core::schema::Property { name: "MetadataProperties", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&METADATA_PROPERTIES_TYPE) },
::forma_core::schema::Property { name: "ModelApprovalStatus", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Approved", "Rejected", "PendingManualApproval"]) },
::forma_core::schema::Property { name: "ModelCard", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MODEL_CARD_TYPE) },
::forma_core::schema::Property { name: "ModelMetrics", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&MODEL_METRICS_TYPE) },
::forma_core::schema::Property { name: "ModelPackageDescription", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "ModelPackageGroupName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$"), min_length: Some(1), max_length: Some(170) }) },
::forma_core::schema::Property { name: "ModelPackageName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"), min_length: Some(1), max_length: Some(63) }) },
::forma_core::schema::Property { name: "ModelPackageStatusDetails", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MODEL_PACKAGE_STATUS_DETAILS_TYPE) },
::forma_core::schema::Property { name: "ModelPackageVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "SamplePayloadUrl", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(https|s3)://([^/]+)/?(.*)$"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "SecurityConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&SECURITY_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SkipModelValidation", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["None", "All"]) },
::forma_core::schema::Property { name: "SourceAlgorithmSpecification", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&SOURCE_ALGORITHM_SPECIFICATION_TYPE) },
::forma_core::schema::Property { name: "SourceUri", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\p{L}\\p{M}\\p{Z}\\p{N}\\p{P}]{0,1024}"), min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "Task", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "ValidationSpecification", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&VALIDATION_SPECIFICATION_TYPE) },
],
rules: &[],
attributes: &["ModelPackageArn", "CreationTime", "LastModifiedTime", "ModelPackageStatus"],
};

static ADDITIONAL_INFERENCE_SPECIFICATION_DEFINITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::ModelPackage.AdditionalInferenceSpecificationDefinition",
        properties: &[
            ::forma_core::schema::Property {
                name: "Containers",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Description",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "SupportedContentTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some(".*"),
                        min_length: Some(0),
                        max_length: Some(256),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SupportedRealtimeInferenceInstanceTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SupportedResponseMIMETypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[-\\w]+\\/.+$"),
                        min_length: Some(0),
                        max_length: Some(1024),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SupportedTransformInstanceTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static DRIFT_CHECK_BASELINES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.DriftCheckBaselines",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DRIFT_CHECK_BIAS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Explainability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DRIFT_CHECK_EXPLAINABILITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelDataQuality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DRIFT_CHECK_MODEL_DATA_QUALITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelQuality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DRIFT_CHECK_MODEL_QUALITY_TYPE),
        },
    ],
    rules: &[],
};

static INFERENCE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.InferenceSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedContentTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedRealtimeInferenceInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedResponseMIMETypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-\\w]+\\/.+$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedTransformInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static METADATA_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.MetadataProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "CommitId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "GeneratedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Repository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static MODEL_CARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelCard",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModelCardContent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(100000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelCardStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Draft", "PendingReview", "Approved", "Archived"]),
        },
    ],
    rules: &[],
};

static MODEL_METRICS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelMetrics",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BIAS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Explainability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPLAINABILITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelDataQuality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_DATA_QUALITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelQuality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_QUALITY_TYPE),
        },
    ],
    rules: &[],
};

static MODEL_PACKAGE_STATUS_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelPackageStatusDetails",
    properties: &[::forma_core::schema::Property {
        name: "ValidationStatuses",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MODEL_PACKAGE_STATUS_ITEM_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SECURITY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.SecurityConfig",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9:/_-]*$"),
            min_length: Some(0),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static SOURCE_ALGORITHM_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.SourceAlgorithmSpecification",
    properties: &[::forma_core::schema::Property {
        name: "SourceAlgorithms",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SOURCE_ALGORITHM_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.Tag",
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

static VALIDATION_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ValidationSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ValidationProfiles",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALIDATION_PROFILE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ValidationRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::ModelPackage.ModelPackageContainerDefinition",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContainerHostname",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                    min_length: None,
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "Environment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(1024) },
                )),
            },
            ::forma_core::schema::Property {
                name: "Framework",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "FrameworkVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[0-9]\\.[A-Za-z0-9.]+"),
                    min_length: Some(3),
                    max_length: Some(10),
                }),
            },
            ::forma_core::schema::Property {
                name: "Image",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\S]{1,255}"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "ImageDigest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"),
                    min_length: Some(0),
                    max_length: Some(72),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelDataSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MODEL_DATA_SOURCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ModelDataUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelInput",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MODEL_PACKAGE_CONTAINER_DEFINITION_MODEL_INPUT_TYPE),
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

static DRIFT_CHECK_BIAS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.DriftCheckBias",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PostTrainingConstraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreTrainingConstraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static DRIFT_CHECK_EXPLAINABILITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.DriftCheckExplainability",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Constraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static DRIFT_CHECK_MODEL_DATA_QUALITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.DriftCheckModelDataQuality",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Statistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static DRIFT_CHECK_MODEL_QUALITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.DriftCheckModelQuality",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Statistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static BIAS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.Bias",
    properties: &[
        ::forma_core::schema::Property {
            name: "PostTrainingReport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreTrainingReport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Report",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static EXPLAINABILITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.Explainability",
    properties: &[::forma_core::schema::Property {
        name: "Report",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
    }],
    rules: &[],
};

static MODEL_DATA_QUALITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelDataQuality",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Statistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static MODEL_QUALITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelQuality",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Statistics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static MODEL_PACKAGE_STATUS_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelPackageStatusItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NotStarted", "Failed", "InProgress", "Completed"]),
        },
    ],
    rules: &[],
};

static SOURCE_ALGORITHM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SageMaker::ModelPackage.SourceAlgorithm",
properties: &[
::forma_core::schema::Property { name: "AlgorithmName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$"), min_length: Some(1), max_length: Some(170) }) },
::forma_core::schema::Property { name: "ModelDataUrl", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(https|s3)://([^/]+)/?(.*)$"), min_length: Some(0), max_length: Some(1024) }) },
],
rules: &[],
};

static VALIDATION_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ValidationProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProfileName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransformJobDefinition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_JOB_DEFINITION_TYPE),
        },
    ],
    rules: &[],
};

static MODEL_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelDataSource",
    properties: &[::forma_core::schema::Property {
        name: "S3DataSource",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_MODEL_DATA_SOURCE_TYPE),
    }],
    rules: &[],
};

static MODEL_PACKAGE_CONTAINER_DEFINITION_MODEL_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::ModelPackage.ModelPackageContainerDefinitionModelInput",
        properties: &[::forma_core::schema::Property {
            name: "DataInputConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S\\s]+"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        }],
        rules: &[],
    };

static FILE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.FileSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentDigest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"),
                min_length: Some(0),
                max_length: Some(72),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static METRICS_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.MetricsSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentDigest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"),
                min_length: Some(0),
                max_length: Some(72),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TRANSFORM_JOB_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.TransformJobDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MultiRecord", "SingleRecord"]),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(1024) },
            )),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrentTransforms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxPayloadInMB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TransformInput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TransformOutput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_OUTPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TransformResources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_RESOURCES_TYPE),
        },
    ],
    rules: &[],
};

static S3_MODEL_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.S3ModelDataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompressionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Gzip"]),
        },
        ::forma_core::schema::Property {
            name: "ModelAccessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_ACCESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3DataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3Prefix", "S3Object"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TRANSFORM_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.TransformInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompressionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Gzip"]),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SplitType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "TFRecord", "Line", "RecordIO"]),
        },
    ],
    rules: &[],
};

static TRANSFORM_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.TransformOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accept",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssembleWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Line"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TRANSFORM_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.TransformResources",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VolumeKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static MODEL_ACCESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.ModelAccessConfig",
    properties: &[::forma_core::schema::Property {
        name: "AcceptEula",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.DataSource",
    properties: &[::forma_core::schema::Property {
        name: "S3DataSource",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_DATA_SOURCE_TYPE),
    }],
    rules: &[],
};

static S3_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ModelPackage.S3DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3DataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ManifestFile", "S3Prefix", "AugmentedManifestFile"]),
        },
        ::forma_core::schema::Property {
            name: "S3Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
