// @generated from AWS::CleanRooms::Collaboration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::Collaboration` and its property types.

/// Represents a collaboration between AWS accounts that allows for secure data collaboration
///
/// CloudFormation type `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Collaboration {
    props: ::forma_core::schema::Props,
}
impl Collaboration {
    /// A new resource with its required properties: `CreatorDisplayName`, `Description`, `Name`, `QueryLogStatus`.
    #[track_caller]
    pub fn new(
        creator_display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_log_status: impl ::forma_core::schema::EnumArg<CollaborationQueryLogStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, creator_display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, query_log_status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AllowedResultRegions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn allowed_result_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SupportedS3Region>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AnalyticsEngine`.
    #[track_caller]
    pub fn analytics_engine(mut self, value: impl ::forma_core::schema::EnumArg<AnalyticsEngine>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoApprovedChangeTypes`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn auto_approved_change_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AutoApprovedChangeType>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CreatorMLMemberAbilities`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn creator_ml_member_abilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MlMemberAbilities>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CreatorMemberAbilities`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn creator_member_abilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MemberAbility>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CreatorPaymentConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn creator_payment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PaymentConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataEncryptionMetadata`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_encryption_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataEncryptionMetadata>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IsMetricsEnabled`.
    #[track_caller]
    pub fn is_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobLogStatus`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn job_log_status(mut self, value: impl ::forma_core::schema::EnumArg<CollaborationJobLogStatus>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Members`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn members(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MemberSpecification>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms collaboration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Collaboration {
    type Attributes = CollaborationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::Collaboration"
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
/// The attributes of a `AWS::CleanRooms::Collaboration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CollaborationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CollaborationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CollaborationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CollaborationIdentifier`.
    pub fn collaboration_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationIdentifier")
    }
}

/// The values CloudFormation documents: `us-west-1`, `us-west-2`, `us-east-1`, `us-east-2`, `af-south-1`, `ap-east-1`, `ap-east-2`, `ap-south-2`, `ap-southeast-1`, `ap-southeast-2`, `ap-southeast-3`, `ap-southeast-5`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportedS3Region {
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `af-south-1`
    AfSouth1,
    /// `ap-east-1`
    ApEast1,
    /// `ap-east-2`
    ApEast2,
    /// `ap-south-2`
    ApSouth2,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `ap-southeast-3`
    ApSoutheast3,
    /// `ap-southeast-5`
    ApSoutheast5,
    /// `ap-southeast-4`
    ApSoutheast4,
    /// `ap-southeast-7`
    ApSoutheast7,
    /// `ap-south-1`
    ApSouth1,
    /// `ap-northeast-3`
    ApNortheast3,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ca-central-1`
    CaCentral1,
    /// `ca-west-1`
    CaWest1,
    /// `eu-south-1`
    EuSouth1,
    /// `eu-west-3`
    EuWest3,
    /// `eu-south-2`
    EuSouth2,
    /// `eu-central-2`
    EuCentral2,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `me-south-1`
    MeSouth1,
    /// `me-central-1`
    MeCentral1,
    /// `il-central-1`
    IlCentral1,
    /// `sa-east-1`
    SaEast1,
    /// `mx-central-1`
    MxCentral1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportedS3Region {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::AfSouth1 => "af-south-1",
            Self::ApEast1 => "ap-east-1",
            Self::ApEast2 => "ap-east-2",
            Self::ApSouth2 => "ap-south-2",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::ApSoutheast3 => "ap-southeast-3",
            Self::ApSoutheast5 => "ap-southeast-5",
            Self::ApSoutheast4 => "ap-southeast-4",
            Self::ApSoutheast7 => "ap-southeast-7",
            Self::ApSouth1 => "ap-south-1",
            Self::ApNortheast3 => "ap-northeast-3",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::CaCentral1 => "ca-central-1",
            Self::CaWest1 => "ca-west-1",
            Self::EuSouth1 => "eu-south-1",
            Self::EuWest3 => "eu-west-3",
            Self::EuSouth2 => "eu-south-2",
            Self::EuCentral2 => "eu-central-2",
            Self::EuCentral1 => "eu-central-1",
            Self::EuNorth1 => "eu-north-1",
            Self::EuWest1 => "eu-west-1",
            Self::EuWest2 => "eu-west-2",
            Self::MeSouth1 => "me-south-1",
            Self::MeCentral1 => "me-central-1",
            Self::IlCentral1 => "il-central-1",
            Self::SaEast1 => "sa-east-1",
            Self::MxCentral1 => "mx-central-1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "us-west-1",
            "us-west-2",
            "us-east-1",
            "us-east-2",
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-5",
            "ap-southeast-4",
            "ap-southeast-7",
            "ap-south-1",
            "ap-northeast-3",
            "ap-northeast-1",
            "ap-northeast-2",
            "ca-central-1",
            "ca-west-1",
            "eu-south-1",
            "eu-west-3",
            "eu-south-2",
            "eu-central-2",
            "eu-central-1",
            "eu-north-1",
            "eu-west-1",
            "eu-west-2",
            "me-south-1",
            "me-central-1",
            "il-central-1",
            "sa-east-1",
            "mx-central-1",
        ]
    }
}
impl ::std::convert::From<SupportedS3Region> for ::forma_core::Value<SupportedS3Region> {
    fn from(v: SupportedS3Region) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportedS3Region {}

/// The values CloudFormation documents: `CLEAN_ROOMS_SQL`, `SPARK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnalyticsEngine {
    /// `CLEAN_ROOMS_SQL`
    CleanRoomsSql,
    /// `SPARK`
    Spark,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AnalyticsEngine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CleanRoomsSql => "CLEAN_ROOMS_SQL",
            Self::Spark => "SPARK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLEAN_ROOMS_SQL", "SPARK"]
    }
}
impl ::std::convert::From<AnalyticsEngine> for ::forma_core::Value<AnalyticsEngine> {
    fn from(v: AnalyticsEngine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AnalyticsEngine {}

/// The values CloudFormation documents: `ADD_MEMBER`, `GRANT_RECEIVE_RESULTS_ABILITY`, `REVOKE_RECEIVE_RESULTS_ABILITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoApprovedChangeType {
    /// `ADD_MEMBER`
    AddMember,
    /// `GRANT_RECEIVE_RESULTS_ABILITY`
    GrantReceiveResultsAbility,
    /// `REVOKE_RECEIVE_RESULTS_ABILITY`
    RevokeReceiveResultsAbility,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoApprovedChangeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AddMember => "ADD_MEMBER",
            Self::GrantReceiveResultsAbility => "GRANT_RECEIVE_RESULTS_ABILITY",
            Self::RevokeReceiveResultsAbility => "REVOKE_RECEIVE_RESULTS_ABILITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ADD_MEMBER", "GRANT_RECEIVE_RESULTS_ABILITY", "REVOKE_RECEIVE_RESULTS_ABILITY"]
    }
}
impl ::std::convert::From<AutoApprovedChangeType> for ::forma_core::Value<AutoApprovedChangeType> {
    fn from(v: AutoApprovedChangeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoApprovedChangeType {}

/// The values CloudFormation documents: `CAN_QUERY`, `CAN_RUN_JOB`, `CAN_RECEIVE_RESULTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MemberAbility {
    /// `CAN_QUERY`
    CanQuery,
    /// `CAN_RUN_JOB`
    CanRunJob,
    /// `CAN_RECEIVE_RESULTS`
    CanReceiveResults,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MemberAbility {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CanQuery => "CAN_QUERY",
            Self::CanRunJob => "CAN_RUN_JOB",
            Self::CanReceiveResults => "CAN_RECEIVE_RESULTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAN_QUERY", "CAN_RUN_JOB", "CAN_RECEIVE_RESULTS"]
    }
}
impl ::std::convert::From<MemberAbility> for ::forma_core::Value<MemberAbility> {
    fn from(v: MemberAbility) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MemberAbility {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CollaborationJobLogStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CollaborationJobLogStatus {
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
impl ::std::convert::From<CollaborationJobLogStatus> for ::forma_core::Value<CollaborationJobLogStatus> {
    fn from(v: CollaborationJobLogStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CollaborationJobLogStatus {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CollaborationQueryLogStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CollaborationQueryLogStatus {
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
impl ::std::convert::From<CollaborationQueryLogStatus> for ::forma_core::Value<CollaborationQueryLogStatus> {
    fn from(v: CollaborationQueryLogStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CollaborationQueryLogStatus {}

/// The values CloudFormation documents: `CAN_RECEIVE_MODEL_OUTPUT`, `CAN_RECEIVE_INFERENCE_OUTPUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomMlMemberAbility {
    /// `CAN_RECEIVE_MODEL_OUTPUT`
    CanReceiveModelOutput,
    /// `CAN_RECEIVE_INFERENCE_OUTPUT`
    CanReceiveInferenceOutput,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CustomMlMemberAbility {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CanReceiveModelOutput => "CAN_RECEIVE_MODEL_OUTPUT",
            Self::CanReceiveInferenceOutput => "CAN_RECEIVE_INFERENCE_OUTPUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAN_RECEIVE_MODEL_OUTPUT", "CAN_RECEIVE_INFERENCE_OUTPUT"]
    }
}
impl ::std::convert::From<CustomMlMemberAbility> for ::forma_core::Value<CustomMlMemberAbility> {
    fn from(v: CustomMlMemberAbility) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CustomMlMemberAbility {}

/// The `MLMemberAbilities` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MlMemberAbilities {
    props: ::forma_core::schema::Props,
}
impl MlMemberAbilities {
    /// A new value with its required properties: `CustomMLMemberAbilities`.
    pub fn new(
        custom_ml_member_abilities: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomMlMemberAbility>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_ml_member_abilities.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MlMemberAbilities> for ::forma_core::Value<MlMemberAbilities> {
    fn from(v: MlMemberAbilities) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ML_MEMBER_ABILITIES_TYPE.properties))
    }
}

/// The `PaymentConfiguration` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl PaymentConfiguration {
    /// A new value with its required properties: `QueryCompute`.
    pub fn new(query_compute: impl ::std::convert::Into<::forma_core::Value<QueryComputePaymentConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, query_compute.into().into_expr());
        Self { props }
    }
    /// `JobCompute`.
    pub fn job_compute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JobComputePaymentConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MachineLearning`.
    pub fn machine_learning(mut self, value: impl ::std::convert::Into<::forma_core::Value<MlPaymentConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PaymentConfiguration> for ::forma_core::Value<PaymentConfiguration> {
    fn from(v: PaymentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PAYMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `DataEncryptionMetadata` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataEncryptionMetadata {
    props: ::forma_core::schema::Props,
}
impl DataEncryptionMetadata {
    /// A new value with its required properties: `AllowCleartext`, `AllowDuplicates`, `AllowJoinsOnColumnsWithDifferentNames`, `PreserveNulls`.
    pub fn new(
        allow_cleartext: impl ::std::convert::Into<::forma_core::Value<bool>>,
        allow_duplicates: impl ::std::convert::Into<::forma_core::Value<bool>>,
        allow_joins_on_columns_with_different_names: impl ::std::convert::Into<::forma_core::Value<bool>>,
        preserve_nulls: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allow_cleartext.into().into_expr());
        props.set(1, allow_duplicates.into().into_expr());
        props.set(2, allow_joins_on_columns_with_different_names.into().into_expr());
        props.set(3, preserve_nulls.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataEncryptionMetadata> for ::forma_core::Value<DataEncryptionMetadata> {
    fn from(v: DataEncryptionMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_ENCRYPTION_METADATA_TYPE.properties))
    }
}

/// The `MemberSpecification` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberSpecification {
    props: ::forma_core::schema::Props,
}
impl MemberSpecification {
    /// A new value with its required properties: `AccountId`, `DisplayName`.
    pub fn new(
        account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_id.into().into_expr());
        props.set(1, display_name.into().into_expr());
        Self { props }
    }
    /// `MLMemberAbilities`.
    pub fn ml_member_abilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MlMemberAbilities>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MemberAbilities`.
    pub fn member_abilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MemberAbility>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `PaymentConfiguration`.
    pub fn payment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PaymentConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MemberSpecification> for ::forma_core::Value<MemberSpecification> {
    fn from(v: MemberSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBER_SPECIFICATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::Collaboration`.
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

/// The `JobComputePaymentConfig` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobComputePaymentConfig {
    props: ::forma_core::schema::Props,
}
impl JobComputePaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JobComputePaymentConfig> for ::forma_core::Value<JobComputePaymentConfig> {
    fn from(v: JobComputePaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_COMPUTE_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `MLPaymentConfig` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct MlPaymentConfig {
    props: ::forma_core::schema::Props,
}
impl MlPaymentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ModelInference`.
    pub fn model_inference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelInferencePaymentConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ModelTraining`.
    pub fn model_training(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ModelTrainingPaymentConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SyntheticDataGeneration`.
    pub fn synthetic_data_generation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SyntheticDataGenerationPaymentConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MlPaymentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MlPaymentConfig> for ::forma_core::Value<MlPaymentConfig> {
    fn from(v: MlPaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ML_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `QueryComputePaymentConfig` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryComputePaymentConfig {
    props: ::forma_core::schema::Props,
}
impl QueryComputePaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QueryComputePaymentConfig> for ::forma_core::Value<QueryComputePaymentConfig> {
    fn from(v: QueryComputePaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_COMPUTE_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `ModelInferencePaymentConfig` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelInferencePaymentConfig {
    props: ::forma_core::schema::Props,
}
impl ModelInferencePaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelInferencePaymentConfig> for ::forma_core::Value<ModelInferencePaymentConfig> {
    fn from(v: ModelInferencePaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_INFERENCE_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `ModelTrainingPaymentConfig` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelTrainingPaymentConfig {
    props: ::forma_core::schema::Props,
}
impl ModelTrainingPaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelTrainingPaymentConfig> for ::forma_core::Value<ModelTrainingPaymentConfig> {
    fn from(v: ModelTrainingPaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_TRAINING_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The `SyntheticDataGenerationPaymentConfig` property type of `AWS::CleanRooms::Collaboration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntheticDataGenerationPaymentConfig {
    props: ::forma_core::schema::Props,
}
impl SyntheticDataGenerationPaymentConfig {
    /// A new value with its required properties: `IsResponsible`.
    pub fn new(is_responsible: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_responsible.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SyntheticDataGenerationPaymentConfig>
    for ::forma_core::Value<SyntheticDataGenerationPaymentConfig>
{
    fn from(v: SyntheticDataGenerationPaymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYNTHETIC_DATA_GENERATION_PAYMENT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRooms::Collaboration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::Collaboration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedResultRegions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "us-west-1",
                    "us-west-2",
                    "us-east-1",
                    "us-east-2",
                    "af-south-1",
                    "ap-east-1",
                    "ap-east-2",
                    "ap-south-2",
                    "ap-southeast-1",
                    "ap-southeast-2",
                    "ap-southeast-3",
                    "ap-southeast-5",
                    "ap-southeast-4",
                    "ap-southeast-7",
                    "ap-south-1",
                    "ap-northeast-3",
                    "ap-northeast-1",
                    "ap-northeast-2",
                    "ca-central-1",
                    "ca-west-1",
                    "eu-south-1",
                    "eu-west-3",
                    "eu-south-2",
                    "eu-central-2",
                    "eu-central-1",
                    "eu-north-1",
                    "eu-west-1",
                    "eu-west-2",
                    "me-south-1",
                    "me-central-1",
                    "il-central-1",
                    "sa-east-1",
                    "mx-central-1",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AnalyticsEngine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLEAN_ROOMS_SQL", "SPARK"]),
        },
        ::forma_core::schema::Property {
            name: "AutoApprovedChangeTypes",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ADD_MEMBER",
                    "GRANT_RECEIVE_RESULTS_ABILITY",
                    "REVOKE_RECEIVE_RESULTS_ABILITY",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreatorDisplayName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreatorMLMemberAbilities",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ML_MEMBER_ABILITIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreatorMemberAbilities",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["CAN_QUERY", "CAN_RUN_JOB", "CAN_RECEIVE_RESULTS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreatorPaymentConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PAYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataEncryptionMetadata",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATA_ENCRYPTION_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
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
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Members",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEMBER_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(9) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryLogStatus",
            required: true,
            create_only: true,
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
    attributes: &["Arn", "CollaborationIdentifier"],
};

static ML_MEMBER_ABILITIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.MLMemberAbilities",
    properties: &[::forma_core::schema::Property {
        name: "CustomMLMemberAbilities",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["CAN_RECEIVE_MODEL_OUTPUT", "CAN_RECEIVE_INFERENCE_OUTPUT"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static PAYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.PaymentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "JobCompute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_COMPUTE_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MachineLearning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ML_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryCompute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_COMPUTE_PAYMENT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static DATA_ENCRYPTION_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.DataEncryptionMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowCleartext",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowDuplicates",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowJoinsOnColumnsWithDifferentNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PreserveNulls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MEMBER_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.MemberSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "MLMemberAbilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ML_MEMBER_ABILITIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MemberAbilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["CAN_QUERY", "CAN_RUN_JOB", "CAN_RECEIVE_RESULTS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PaymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PAYMENT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.Tag",
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

static JOB_COMPUTE_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.JobComputePaymentConfig",
    properties: &[::forma_core::schema::Property {
        name: "IsResponsible",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ML_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.MLPaymentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModelInference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_INFERENCE_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ModelTraining",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MODEL_TRAINING_PAYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SyntheticDataGeneration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYNTHETIC_DATA_GENERATION_PAYMENT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static QUERY_COMPUTE_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.QueryComputePaymentConfig",
    properties: &[::forma_core::schema::Property {
        name: "IsResponsible",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static MODEL_INFERENCE_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.ModelInferencePaymentConfig",
    properties: &[::forma_core::schema::Property {
        name: "IsResponsible",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static MODEL_TRAINING_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::Collaboration.ModelTrainingPaymentConfig",
    properties: &[::forma_core::schema::Property {
        name: "IsResponsible",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SYNTHETIC_DATA_GENERATION_PAYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::Collaboration.SyntheticDataGenerationPaymentConfig",
        properties: &[::forma_core::schema::Property {
            name: "IsResponsible",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };
