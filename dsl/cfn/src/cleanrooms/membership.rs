// @generated from AWS::CleanRooms::Membership (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::Membership` and its property types.

/// Represents an AWS account that is a part of a collaboration
///
/// CloudFormation type `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    props: ::forma_core::schema::Props,
}
impl Membership {
    /// A new resource with its required properties: `CollaborationIdentifier`, `QueryLogStatus`.
    #[track_caller]
    pub fn new(
        collaboration_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_log_status: impl ::forma_core::schema::EnumArg<MembershipQueryLogStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, collaboration_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, query_log_status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DefaultJobResultConfiguration`.
    #[track_caller]
    pub fn default_job_result_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipProtectedJobResultConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultResultConfiguration`.
    #[track_caller]
    pub fn default_result_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipProtectedQueryResultConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IsMetricsEnabled`.
    #[track_caller]
    pub fn is_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobLogStatus`.
    #[track_caller]
    pub fn job_log_status(mut self, value: impl ::forma_core::schema::EnumArg<MembershipJobLogStatus>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PaymentConfiguration`.
    #[track_caller]
    pub fn payment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipPaymentConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms membership.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Membership {
    type Attributes = MembershipAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::Membership"
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
/// The attributes of a `AWS::CleanRooms::Membership` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MembershipAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MembershipAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MembershipAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CollaborationArn`.
    pub fn collaboration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationArn")
    }
    /// `Fn::GetAtt` `CollaborationCreatorAccountId`.
    pub fn collaboration_creator_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationCreatorAccountId")
    }
    /// `Fn::GetAtt` `MembershipIdentifier`.
    pub fn membership_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MembershipIdentifier")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MembershipJobLogStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MembershipJobLogStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<MembershipJobLogStatus> for ::forma_core::Value<MembershipJobLogStatus> {
    fn from(v: MembershipJobLogStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MembershipJobLogStatus {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MembershipQueryLogStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MembershipQueryLogStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<MembershipQueryLogStatus> for ::forma_core::Value<MembershipQueryLogStatus> {
    fn from(v: MembershipQueryLogStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MembershipQueryLogStatus {}

/// The `MembershipProtectedJobResultConfiguration` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipProtectedJobResultConfiguration {
    props: ::forma_core::schema::Props,
}
impl MembershipProtectedJobResultConfiguration {
    /// A new value with its required properties: `OutputConfiguration`, `RoleArn`.
    pub fn new(
        output_configuration: impl ::std::convert::Into<::forma_core::Value<MembershipProtectedJobOutputConfiguration>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, output_configuration.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipProtectedJobResultConfiguration>
    for ::forma_core::Value<MembershipProtectedJobResultConfiguration>
{
    fn from(v: MembershipProtectedJobResultConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_PROTECTED_JOB_RESULT_CONFIGURATION_TYPE.properties))
    }
}

/// The `MembershipProtectedQueryResultConfiguration` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipProtectedQueryResultConfiguration {
    props: ::forma_core::schema::Props,
}
impl MembershipProtectedQueryResultConfiguration {
    /// A new value with its required properties: `OutputConfiguration`.
    pub fn new(
        output_configuration: impl ::std::convert::Into<::forma_core::Value<MembershipProtectedQueryOutputConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, output_configuration.into().into_expr());
        Self { props }
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 32 to 512.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MembershipProtectedQueryResultConfiguration>
    for ::forma_core::Value<MembershipProtectedQueryResultConfiguration>
{
    fn from(v: MembershipProtectedQueryResultConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MEMBERSHIP_PROTECTED_QUERY_RESULT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `MembershipPaymentConfiguration` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipPaymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl MembershipPaymentConfiguration {
    /// A new value with its required properties: `QueryCompute`.
    pub fn new(
        query_compute: impl ::std::convert::Into<::forma_core::Value<MembershipQueryComputePaymentConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, query_compute.into().into_expr());
        Self { props }
    }
    /// `JobCompute`.
    pub fn job_compute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipJobComputePaymentConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MachineLearning`.
    pub fn machine_learning(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipMlPaymentConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MembershipPaymentConfiguration> for ::forma_core::Value<MembershipPaymentConfiguration> {
    fn from(v: MembershipPaymentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_PAYMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::Membership`.
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

/// The `MembershipProtectedJobOutputConfiguration` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipProtectedJobOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl MembershipProtectedJobOutputConfiguration {
    /// A new value with its required properties: `S3`.
    pub fn new(s3: impl ::std::convert::Into<::forma_core::Value<ProtectedJobS3OutputConfigurationInput>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipProtectedJobOutputConfiguration>
    for ::forma_core::Value<MembershipProtectedJobOutputConfiguration>
{
    fn from(v: MembershipProtectedJobOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_PROTECTED_JOB_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `MembershipProtectedQueryOutputConfiguration` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipProtectedQueryOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl MembershipProtectedQueryOutputConfiguration {
    /// A new value with its required properties: `S3`.
    pub fn new(s3: impl ::std::convert::Into<::forma_core::Value<ProtectedQueryS3OutputConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipProtectedQueryOutputConfiguration>
    for ::forma_core::Value<MembershipProtectedQueryOutputConfiguration>
{
    fn from(v: MembershipProtectedQueryOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MEMBERSHIP_PROTECTED_QUERY_OUTPUT_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `MembershipJobComputePaymentConfig` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipJobComputePaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MembershipJobComputePaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipJobComputePaymentConfig>
    for ::forma_core::Value<MembershipJobComputePaymentConfig>
{
    fn from(v: MembershipJobComputePaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_JOB_COMPUTE_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `MembershipMLPaymentConfig` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipMlPaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MembershipMlPaymentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ModelInference`.
    pub fn model_inference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipModelInferencePaymentConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ModelTraining`.
    pub fn model_training(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipModelTrainingPaymentConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SyntheticDataGeneration`.
    pub fn synthetic_data_generation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MembershipSyntheticDataGenerationPaymentConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MembershipMlPaymentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MembershipMlPaymentConfig> for ::forma_core::Value<MembershipMlPaymentConfig> {
    fn from(v: MembershipMlPaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_ML_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `MembershipQueryComputePaymentConfig` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipQueryComputePaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MembershipQueryComputePaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipQueryComputePaymentConfig>
    for ::forma_core::Value<MembershipQueryComputePaymentConfig>
{
    fn from(v: MembershipQueryComputePaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_QUERY_COMPUTE_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `ProtectedJobS3OutputConfigurationInput` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectedJobS3OutputConfigurationInput {
    props: ::forma_core::schema::Props,
}
impl ProtectedJobS3OutputConfigurationInput {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `KeyPrefix`.
    pub fn key_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProtectedJobS3OutputConfigurationInput>
    for ::forma_core::Value<ProtectedJobS3OutputConfigurationInput>
{
    fn from(v: ProtectedJobS3OutputConfigurationInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROTECTED_JOB_S3_OUTPUT_CONFIGURATION_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CSV`, `PARQUET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResultFormat {
    /// `CSV`
    Csv,
    /// `PARQUET`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResultFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Parquet => "PARQUET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "PARQUET"]
    }
}
impl ::std::convert::From<ResultFormat> for ::forma_core::Value<ResultFormat> {
    fn from(v: ResultFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResultFormat {}

/// The `ProtectedQueryS3OutputConfiguration` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectedQueryS3OutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProtectedQueryS3OutputConfiguration {
    /// A new value with its required properties: `Bucket`, `ResultFormat`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        result_format: impl ::forma_core::schema::EnumArg<ResultFormat>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(2, result_format.into_enum_expr());
        Self { props }
    }
    /// `KeyPrefix`.
    pub fn key_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SingleFileOutput`.
    pub fn single_file_output(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProtectedQueryS3OutputConfiguration>
    for ::forma_core::Value<ProtectedQueryS3OutputConfiguration>
{
    fn from(v: ProtectedQueryS3OutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROTECTED_QUERY_S3_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The `MembershipModelInferencePaymentConfig` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipModelInferencePaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MembershipModelInferencePaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipModelInferencePaymentConfig>
    for ::forma_core::Value<MembershipModelInferencePaymentConfig>
{
    fn from(v: MembershipModelInferencePaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_MODEL_INFERENCE_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `MembershipModelTrainingPaymentConfig` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipModelTrainingPaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MembershipModelTrainingPaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipModelTrainingPaymentConfig>
    for ::forma_core::Value<MembershipModelTrainingPaymentConfig>
{
    fn from(v: MembershipModelTrainingPaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBERSHIP_MODEL_TRAINING_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `MembershipSyntheticDataGenerationPaymentConfig` property type of `AWS::CleanRooms::Membership`.
#[derive(Debug, Clone, PartialEq)]
pub struct MembershipSyntheticDataGenerationPaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MembershipSyntheticDataGenerationPaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MembershipSyntheticDataGenerationPaymentConfig>
    for ::forma_core::Value<MembershipSyntheticDataGenerationPaymentConfig>
{
    fn from(v: MembershipSyntheticDataGenerationPaymentConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(MEMBERSHIP_SYNTHETIC_DATA_GENERATION_PAYMENT_CONFIG_TYPE.properties),
        )
    }
}

/// The schema of `AWS::CleanRooms::Membership`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::Membership",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollaborationIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultJobResultConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_PROTECTED_JOB_RESULT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultResultConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_PROTECTED_QUERY_RESULT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "JobLogStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "PaymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_PAYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryLogStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CollaborationArn", "CollaborationCreatorAccountId", "MembershipIdentifier"],
};

static MEMBERSHIP_PROTECTED_JOB_RESULT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipProtectedJobResultConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "OutputConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_PROTECTED_JOB_OUTPUT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws:iam::[\\w]+:role/[\\w+=./@-]+$"),
                    min_length: Some(32),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static MEMBERSHIP_PROTECTED_QUERY_RESULT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipProtectedQueryResultConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "OutputConfiguration",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_PROTECTED_QUERY_OUTPUT_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws:iam::[\\w]+:role/[\\w+=./@-]+$"),
                    min_length: Some(32),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static MEMBERSHIP_PAYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Membership.MembershipPaymentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "JobCompute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_JOB_COMPUTE_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MachineLearning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_ML_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryCompute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_QUERY_COMPUTE_PAYMENT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Membership.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static MEMBERSHIP_PROTECTED_JOB_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipProtectedJobOutputConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "S3",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROTECTED_JOB_S3_OUTPUT_CONFIGURATION_INPUT_TYPE),
        }],
        rules: &[],
    };

static MEMBERSHIP_PROTECTED_QUERY_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipProtectedQueryOutputConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "S3",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROTECTED_QUERY_S3_OUTPUT_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static MEMBERSHIP_JOB_COMPUTE_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipJobComputePaymentConfig",
        properties: &[::forma_core::schema::Property {
            name: "IsResponsible",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static MEMBERSHIP_ML_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Membership.MembershipMLPaymentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModelInference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_MODEL_INFERENCE_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelTraining",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_MODEL_TRAINING_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SyntheticDataGeneration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEMBERSHIP_SYNTHETIC_DATA_GENERATION_PAYMENT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static MEMBERSHIP_QUERY_COMPUTE_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipQueryComputePaymentConfig",
        properties: &[::forma_core::schema::Property {
            name: "IsResponsible",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static PROTECTED_JOB_S3_OUTPUT_CONFIGURATION_INPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.ProtectedJobS3OutputConfigurationInput",
        properties: &[
            ::forma_core::schema::Property {
                name: "Bucket",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(3),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "KeyPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static PROTECTED_QUERY_S3_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.ProtectedQueryS3OutputConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Bucket",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(3),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "KeyPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ResultFormat",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["CSV", "PARQUET"]),
            },
            ::forma_core::schema::Property {
                name: "SingleFileOutput",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static MEMBERSHIP_MODEL_INFERENCE_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipModelInferencePaymentConfig",
        properties: &[::forma_core::schema::Property {
            name: "IsResponsible",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static MEMBERSHIP_MODEL_TRAINING_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipModelTrainingPaymentConfig",
        properties: &[::forma_core::schema::Property {
            name: "IsResponsible",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static MEMBERSHIP_SYNTHETIC_DATA_GENERATION_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Membership.MembershipSyntheticDataGenerationPaymentConfig",
        properties: &[::forma_core::schema::Property {
            name: "IsResponsible",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };
