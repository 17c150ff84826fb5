// @generated from AWS::SageMaker::ComputeQuota (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ComputeQuota` and its property types.

/// Resource Type definition for AWS::SageMaker::ComputeQuota.
///
/// CloudFormation type `AWS::SageMaker::ComputeQuota`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeQuota {
    props: ::forma_core::schema::Props,
}
impl ComputeQuota {
    /// A new resource with its required properties: `ClusterArn`, `ComputeQuotaConfig`, `ComputeQuotaTarget`, `Name`.
    #[track_caller]
    pub fn new(
        cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        compute_quota_config: impl ::std::convert::Into<::forma_core::Value<ComputeQuotaConfig>>,
        compute_quota_target: impl ::std::convert::Into<::forma_core::Value<ComputeQuotaTarget>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, cluster_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, compute_quota_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, compute_quota_target.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether the compute allocation rule is active.
    #[track_caller]
    pub fn activation_state(mut self, value: impl ::forma_core::schema::EnumArg<ActivationState>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A free-form description of the compute allocation definition.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to associate with the compute allocation definition.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ComputeQuota {
    type Attributes = ComputeQuotaAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ComputeQuota"
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
/// The attributes of a `AWS::SageMaker::ComputeQuota` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComputeQuotaAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComputeQuotaAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComputeQuotaAttributes {
    /// `Fn::GetAtt` `ComputeQuotaArn`.
    pub fn compute_quota_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputeQuotaArn")
    }
    /// `Fn::GetAtt` `ComputeQuotaId`.
    pub fn compute_quota_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputeQuotaId")
    }
    /// `Fn::GetAtt` `ComputeQuotaVersion`.
    pub fn compute_quota_version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ComputeQuotaVersion")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActivationState {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActivationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<ActivationState> for ::forma_core::Value<ActivationState> {
    fn from(v: ActivationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActivationState {}

/// The values CloudFormation documents: `Never`, `LowerPriority`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreemptTeamTasks {
    /// `Never`
    Never,
    /// `LowerPriority`
    LowerPriority,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreemptTeamTasks {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Never => "Never",
            Self::LowerPriority => "LowerPriority",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Never", "LowerPriority"]
    }
}
impl ::std::convert::From<PreemptTeamTasks> for ::forma_core::Value<PreemptTeamTasks> {
    fn from(v: PreemptTeamTasks) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreemptTeamTasks {}

/// Compute allocation rules: per-resource quotas, idle-borrowing strategy, and team-task preemption policy.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeQuotaConfig {
    props: ::forma_core::schema::Props,
}
impl ComputeQuotaConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Per-instance-type compute quotas for the team.
    pub fn compute_quota_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComputeQuotaResourceConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Team-task preemption policy.
    pub fn preempt_team_tasks(mut self, value: impl ::forma_core::schema::EnumArg<PreemptTeamTasks>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Idle-resource-sharing strategy for this team's quota.
    pub fn resource_sharing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceSharingConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputeQuotaConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputeQuotaConfig> for ::forma_core::Value<ComputeQuotaConfig> {
    fn from(v: ComputeQuotaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_QUOTA_CONFIG_TYPE.properties))
    }
}

/// The team this compute allocation rule applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeQuotaTarget {
    props: ::forma_core::schema::Props,
}
impl ComputeQuotaTarget {
    /// A new value with its required properties: `TeamName`.
    pub fn new(team_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, team_name.into().into_expr());
        Self { props }
    }
    /// Relative fair-share weight when fair-share scheduling is enabled on the parent ClusterSchedulerConfig.
    ///
    /// Allowed: 0 to 100.
    pub fn fair_share_weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComputeQuotaTarget> for ::forma_core::Value<ComputeQuotaTarget> {
    fn from(v: ComputeQuotaTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_QUOTA_TARGET_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::ComputeQuota`.
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

/// The values CloudFormation documents: `ml.c5.12xlarge`, `ml.c5.18xlarge`, `ml.c5.24xlarge`, `ml.c5.2xlarge`, `ml.c5.4xlarge`, `ml.c5.9xlarge`, `ml.c5.large`, `ml.c5.xlarge`, `ml.c5n.18xlarge`, `ml.c5n.2xlarge`, `ml.c5n.4xlarge`, `ml.c5n.9xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `ml.c5.12xlarge`
    MlC512xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.24xlarge`
    MlC524xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.large`
    MlC5Large,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5n.18xlarge`
    MlC5N18xlarge,
    /// `ml.c5n.2xlarge`
    MlC5N2xlarge,
    /// `ml.c5n.4xlarge`
    MlC5N4xlarge,
    /// `ml.c5n.9xlarge`
    MlC5N9xlarge,
    /// `ml.c5n.large`
    MlC5NLarge,
    /// `ml.c6a.12xlarge`
    MlC6A12xlarge,
    /// `ml.c6a.16xlarge`
    MlC6A16xlarge,
    /// `ml.c6a.24xlarge`
    MlC6A24xlarge,
    /// `ml.c6a.2xlarge`
    MlC6A2xlarge,
    /// `ml.c6a.32xlarge`
    MlC6A32xlarge,
    /// `ml.c6a.48xlarge`
    MlC6A48xlarge,
    /// `ml.c6a.4xlarge`
    MlC6A4xlarge,
    /// `ml.c6a.8xlarge`
    MlC6A8xlarge,
    /// `ml.c6a.large`
    MlC6ALarge,
    /// `ml.c6a.xlarge`
    MlC6AXlarge,
    /// `ml.c6g.12xlarge`
    MlC6G12xlarge,
    /// `ml.c6g.16xlarge`
    MlC6G16xlarge,
    /// `ml.c6g.2xlarge`
    MlC6G2xlarge,
    /// `ml.c6g.4xlarge`
    MlC6G4xlarge,
    /// `ml.c6g.8xlarge`
    MlC6G8xlarge,
    /// `ml.c6g.large`
    MlC6GLarge,
    /// `ml.c6g.medium`
    MlC6GMedium,
    /// `ml.c6g.xlarge`
    MlC6GXlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c7g.12xlarge`
    MlC7G12xlarge,
    /// `ml.c7g.16xlarge`
    MlC7G16xlarge,
    /// `ml.c7g.2xlarge`
    MlC7G2xlarge,
    /// `ml.c7g.4xlarge`
    MlC7G4xlarge,
    /// `ml.c7g.8xlarge`
    MlC7G8xlarge,
    /// `ml.c7g.large`
    MlC7GLarge,
    /// `ml.c7g.medium`
    MlC7GMedium,
    /// `ml.c7g.xlarge`
    MlC7GXlarge,
    /// `ml.c8a.16xlarge`
    MlC8A16xlarge,
    /// `ml.c8g.12xlarge`
    MlC8G12xlarge,
    /// `ml.c8g.16xlarge`
    MlC8G16xlarge,
    /// `ml.c8g.24xlarge`
    MlC8G24xlarge,
    /// `ml.c8g.2xlarge`
    MlC8G2xlarge,
    /// `ml.c8g.48xlarge`
    MlC8G48xlarge,
    /// `ml.c8g.4xlarge`
    MlC8G4xlarge,
    /// `ml.c8g.8xlarge`
    MlC8G8xlarge,
    /// `ml.c8g.large`
    MlC8GLarge,
    /// `ml.c8g.medium`
    MlC8GMedium,
    /// `ml.c8g.xlarge`
    MlC8GXlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g7.12xlarge`
    MlG712xlarge,
    /// `ml.g7.24xlarge`
    MlG724xlarge,
    /// `ml.g7.2xlarge`
    MlG72xlarge,
    /// `ml.g7.48xlarge`
    MlG748xlarge,
    /// `ml.g7.4xlarge`
    MlG74xlarge,
    /// `ml.g7.8xlarge`
    MlG78xlarge,
    /// `ml.g7e.12xlarge`
    MlG7E12xlarge,
    /// `ml.g7e.24xlarge`
    MlG7E24xlarge,
    /// `ml.g7e.2xlarge`
    MlG7E2xlarge,
    /// `ml.g7e.48xlarge`
    MlG7E48xlarge,
    /// `ml.g7e.4xlarge`
    MlG7E4xlarge,
    /// `ml.g7e.8xlarge`
    MlG7E8xlarge,
    /// `ml.gr6.4xlarge`
    MlGr64xlarge,
    /// `ml.gr6.8xlarge`
    MlGr68xlarge,
    /// `ml.i3en.12xlarge`
    MlI3En12xlarge,
    /// `ml.i3en.24xlarge`
    MlI3En24xlarge,
    /// `ml.i3en.2xlarge`
    MlI3En2xlarge,
    /// `ml.i3en.3xlarge`
    MlI3En3xlarge,
    /// `ml.i3en.6xlarge`
    MlI3En6xlarge,
    /// `ml.i3en.large`
    MlI3EnLarge,
    /// `ml.i3en.xlarge`
    MlI3EnXlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.16xlarge`
    MlM516xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.8xlarge`
    MlM58xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m6a.12xlarge`
    MlM6A12xlarge,
    /// `ml.m6a.16xlarge`
    MlM6A16xlarge,
    /// `ml.m6a.24xlarge`
    MlM6A24xlarge,
    /// `ml.m6a.2xlarge`
    MlM6A2xlarge,
    /// `ml.m6a.32xlarge`
    MlM6A32xlarge,
    /// `ml.m6a.48xlarge`
    MlM6A48xlarge,
    /// `ml.m6a.4xlarge`
    MlM6A4xlarge,
    /// `ml.m6a.8xlarge`
    MlM6A8xlarge,
    /// `ml.m6a.large`
    MlM6ALarge,
    /// `ml.m6a.xlarge`
    MlM6AXlarge,
    /// `ml.m6g.12xlarge`
    MlM6G12xlarge,
    /// `ml.m6g.16xlarge`
    MlM6G16xlarge,
    /// `ml.m6g.2xlarge`
    MlM6G2xlarge,
    /// `ml.m6g.4xlarge`
    MlM6G4xlarge,
    /// `ml.m6g.8xlarge`
    MlM6G8xlarge,
    /// `ml.m6g.large`
    MlM6GLarge,
    /// `ml.m6g.medium`
    MlM6GMedium,
    /// `ml.m6g.xlarge`
    MlM6GXlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m7g.12xlarge`
    MlM7G12xlarge,
    /// `ml.m7g.16xlarge`
    MlM7G16xlarge,
    /// `ml.m7g.2xlarge`
    MlM7G2xlarge,
    /// `ml.m7g.4xlarge`
    MlM7G4xlarge,
    /// `ml.m7g.8xlarge`
    MlM7G8xlarge,
    /// `ml.m7g.large`
    MlM7GLarge,
    /// `ml.m7g.medium`
    MlM7GMedium,
    /// `ml.m7g.xlarge`
    MlM7GXlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m8a.16xlarge`
    MlM8A16xlarge,
    /// `ml.m8g.12xlarge`
    MlM8G12xlarge,
    /// `ml.m8g.16xlarge`
    MlM8G16xlarge,
    /// `ml.m8g.24xlarge`
    MlM8G24xlarge,
    /// `ml.m8g.2xlarge`
    MlM8G2xlarge,
    /// `ml.m8g.48xlarge`
    MlM8G48xlarge,
    /// `ml.m8g.4xlarge`
    MlM8G4xlarge,
    /// `ml.m8g.8xlarge`
    MlM8G8xlarge,
    /// `ml.m8g.large`
    MlM8GLarge,
    /// `ml.m8g.medium`
    MlM8GMedium,
    /// `ml.m8g.xlarge`
    MlM8GXlarge,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5.4xlarge`
    MlP54xlarge,
    /// `ml.p5e.48xlarge`
    MlP5E48xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.p6-b200.48xlarge`
    MlP6B20048xlarge,
    /// `ml.p6-b300.48xlarge`
    MlP6B30048xlarge,
    /// `ml.p6e-gb200.36xlarge`
    MlP6EGb20036xlarge,
    /// `ml.r5d.16xlarge`
    MlR5D16xlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.t3.2xlarge`
    MlT32xlarge,
    /// `ml.t3.large`
    MlT3Large,
    /// `ml.t3.medium`
    MlT3Medium,
    /// `ml.t3.xlarge`
    MlT3Xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// `ml.trn2.3xlarge`
    MlTrn23xlarge,
    /// `ml.trn2.48xlarge`
    MlTrn248xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlC512xlarge => "ml.c5.12xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC524xlarge => "ml.c5.24xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC5Large => "ml.c5.large",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC5N18xlarge => "ml.c5n.18xlarge",
            Self::MlC5N2xlarge => "ml.c5n.2xlarge",
            Self::MlC5N4xlarge => "ml.c5n.4xlarge",
            Self::MlC5N9xlarge => "ml.c5n.9xlarge",
            Self::MlC5NLarge => "ml.c5n.large",
            Self::MlC6A12xlarge => "ml.c6a.12xlarge",
            Self::MlC6A16xlarge => "ml.c6a.16xlarge",
            Self::MlC6A24xlarge => "ml.c6a.24xlarge",
            Self::MlC6A2xlarge => "ml.c6a.2xlarge",
            Self::MlC6A32xlarge => "ml.c6a.32xlarge",
            Self::MlC6A48xlarge => "ml.c6a.48xlarge",
            Self::MlC6A4xlarge => "ml.c6a.4xlarge",
            Self::MlC6A8xlarge => "ml.c6a.8xlarge",
            Self::MlC6ALarge => "ml.c6a.large",
            Self::MlC6AXlarge => "ml.c6a.xlarge",
            Self::MlC6G12xlarge => "ml.c6g.12xlarge",
            Self::MlC6G16xlarge => "ml.c6g.16xlarge",
            Self::MlC6G2xlarge => "ml.c6g.2xlarge",
            Self::MlC6G4xlarge => "ml.c6g.4xlarge",
            Self::MlC6G8xlarge => "ml.c6g.8xlarge",
            Self::MlC6GLarge => "ml.c6g.large",
            Self::MlC6GMedium => "ml.c6g.medium",
            Self::MlC6GXlarge => "ml.c6g.xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC7G12xlarge => "ml.c7g.12xlarge",
            Self::MlC7G16xlarge => "ml.c7g.16xlarge",
            Self::MlC7G2xlarge => "ml.c7g.2xlarge",
            Self::MlC7G4xlarge => "ml.c7g.4xlarge",
            Self::MlC7G8xlarge => "ml.c7g.8xlarge",
            Self::MlC7GLarge => "ml.c7g.large",
            Self::MlC7GMedium => "ml.c7g.medium",
            Self::MlC7GXlarge => "ml.c7g.xlarge",
            Self::MlC8A16xlarge => "ml.c8a.16xlarge",
            Self::MlC8G12xlarge => "ml.c8g.12xlarge",
            Self::MlC8G16xlarge => "ml.c8g.16xlarge",
            Self::MlC8G24xlarge => "ml.c8g.24xlarge",
            Self::MlC8G2xlarge => "ml.c8g.2xlarge",
            Self::MlC8G48xlarge => "ml.c8g.48xlarge",
            Self::MlC8G4xlarge => "ml.c8g.4xlarge",
            Self::MlC8G8xlarge => "ml.c8g.8xlarge",
            Self::MlC8GLarge => "ml.c8g.large",
            Self::MlC8GMedium => "ml.c8g.medium",
            Self::MlC8GXlarge => "ml.c8g.xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG712xlarge => "ml.g7.12xlarge",
            Self::MlG724xlarge => "ml.g7.24xlarge",
            Self::MlG72xlarge => "ml.g7.2xlarge",
            Self::MlG748xlarge => "ml.g7.48xlarge",
            Self::MlG74xlarge => "ml.g7.4xlarge",
            Self::MlG78xlarge => "ml.g7.8xlarge",
            Self::MlG7E12xlarge => "ml.g7e.12xlarge",
            Self::MlG7E24xlarge => "ml.g7e.24xlarge",
            Self::MlG7E2xlarge => "ml.g7e.2xlarge",
            Self::MlG7E48xlarge => "ml.g7e.48xlarge",
            Self::MlG7E4xlarge => "ml.g7e.4xlarge",
            Self::MlG7E8xlarge => "ml.g7e.8xlarge",
            Self::MlGr64xlarge => "ml.gr6.4xlarge",
            Self::MlGr68xlarge => "ml.gr6.8xlarge",
            Self::MlI3En12xlarge => "ml.i3en.12xlarge",
            Self::MlI3En24xlarge => "ml.i3en.24xlarge",
            Self::MlI3En2xlarge => "ml.i3en.2xlarge",
            Self::MlI3En3xlarge => "ml.i3en.3xlarge",
            Self::MlI3En6xlarge => "ml.i3en.6xlarge",
            Self::MlI3EnLarge => "ml.i3en.large",
            Self::MlI3EnXlarge => "ml.i3en.xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM516xlarge => "ml.m5.16xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM58xlarge => "ml.m5.8xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM6A12xlarge => "ml.m6a.12xlarge",
            Self::MlM6A16xlarge => "ml.m6a.16xlarge",
            Self::MlM6A24xlarge => "ml.m6a.24xlarge",
            Self::MlM6A2xlarge => "ml.m6a.2xlarge",
            Self::MlM6A32xlarge => "ml.m6a.32xlarge",
            Self::MlM6A48xlarge => "ml.m6a.48xlarge",
            Self::MlM6A4xlarge => "ml.m6a.4xlarge",
            Self::MlM6A8xlarge => "ml.m6a.8xlarge",
            Self::MlM6ALarge => "ml.m6a.large",
            Self::MlM6AXlarge => "ml.m6a.xlarge",
            Self::MlM6G12xlarge => "ml.m6g.12xlarge",
            Self::MlM6G16xlarge => "ml.m6g.16xlarge",
            Self::MlM6G2xlarge => "ml.m6g.2xlarge",
            Self::MlM6G4xlarge => "ml.m6g.4xlarge",
            Self::MlM6G8xlarge => "ml.m6g.8xlarge",
            Self::MlM6GLarge => "ml.m6g.large",
            Self::MlM6GMedium => "ml.m6g.medium",
            Self::MlM6GXlarge => "ml.m6g.xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM7G12xlarge => "ml.m7g.12xlarge",
            Self::MlM7G16xlarge => "ml.m7g.16xlarge",
            Self::MlM7G2xlarge => "ml.m7g.2xlarge",
            Self::MlM7G4xlarge => "ml.m7g.4xlarge",
            Self::MlM7G8xlarge => "ml.m7g.8xlarge",
            Self::MlM7GLarge => "ml.m7g.large",
            Self::MlM7GMedium => "ml.m7g.medium",
            Self::MlM7GXlarge => "ml.m7g.xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM8A16xlarge => "ml.m8a.16xlarge",
            Self::MlM8G12xlarge => "ml.m8g.12xlarge",
            Self::MlM8G16xlarge => "ml.m8g.16xlarge",
            Self::MlM8G24xlarge => "ml.m8g.24xlarge",
            Self::MlM8G2xlarge => "ml.m8g.2xlarge",
            Self::MlM8G48xlarge => "ml.m8g.48xlarge",
            Self::MlM8G4xlarge => "ml.m8g.4xlarge",
            Self::MlM8G8xlarge => "ml.m8g.8xlarge",
            Self::MlM8GLarge => "ml.m8g.large",
            Self::MlM8GMedium => "ml.m8g.medium",
            Self::MlM8GXlarge => "ml.m8g.xlarge",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP54xlarge => "ml.p5.4xlarge",
            Self::MlP5E48xlarge => "ml.p5e.48xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlP6B20048xlarge => "ml.p6-b200.48xlarge",
            Self::MlP6B30048xlarge => "ml.p6-b300.48xlarge",
            Self::MlP6EGb20036xlarge => "ml.p6e-gb200.36xlarge",
            Self::MlR5D16xlarge => "ml.r5d.16xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlT32xlarge => "ml.t3.2xlarge",
            Self::MlT3Large => "ml.t3.large",
            Self::MlT3Medium => "ml.t3.medium",
            Self::MlT3Xlarge => "ml.t3.xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::MlTrn23xlarge => "ml.trn2.3xlarge",
            Self::MlTrn248xlarge => "ml.trn2.48xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.c5.12xlarge",
            "ml.c5.18xlarge",
            "ml.c5.24xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.large",
            "ml.c5.xlarge",
            "ml.c5n.18xlarge",
            "ml.c5n.2xlarge",
            "ml.c5n.4xlarge",
            "ml.c5n.9xlarge",
            "ml.c5n.large",
            "ml.c6a.12xlarge",
            "ml.c6a.16xlarge",
            "ml.c6a.24xlarge",
            "ml.c6a.2xlarge",
            "ml.c6a.32xlarge",
            "ml.c6a.48xlarge",
            "ml.c6a.4xlarge",
            "ml.c6a.8xlarge",
            "ml.c6a.large",
            "ml.c6a.xlarge",
            "ml.c6g.12xlarge",
            "ml.c6g.16xlarge",
            "ml.c6g.2xlarge",
            "ml.c6g.4xlarge",
            "ml.c6g.8xlarge",
            "ml.c6g.large",
            "ml.c6g.medium",
            "ml.c6g.xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.32xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c7g.12xlarge",
            "ml.c7g.16xlarge",
            "ml.c7g.2xlarge",
            "ml.c7g.4xlarge",
            "ml.c7g.8xlarge",
            "ml.c7g.large",
            "ml.c7g.medium",
            "ml.c7g.xlarge",
            "ml.c8a.16xlarge",
            "ml.c8g.12xlarge",
            "ml.c8g.16xlarge",
            "ml.c8g.24xlarge",
            "ml.c8g.2xlarge",
            "ml.c8g.48xlarge",
            "ml.c8g.4xlarge",
            "ml.c8g.8xlarge",
            "ml.c8g.large",
            "ml.c8g.medium",
            "ml.c8g.xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.2xlarge",
            "ml.g5.48xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.2xlarge",
            "ml.g6.48xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.48xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.xlarge",
            "ml.g7.12xlarge",
            "ml.g7.24xlarge",
            "ml.g7.2xlarge",
            "ml.g7.48xlarge",
            "ml.g7.4xlarge",
            "ml.g7.8xlarge",
            "ml.g7e.12xlarge",
            "ml.g7e.24xlarge",
            "ml.g7e.2xlarge",
            "ml.g7e.48xlarge",
            "ml.g7e.4xlarge",
            "ml.g7e.8xlarge",
            "ml.gr6.4xlarge",
            "ml.gr6.8xlarge",
            "ml.i3en.12xlarge",
            "ml.i3en.24xlarge",
            "ml.i3en.2xlarge",
            "ml.i3en.3xlarge",
            "ml.i3en.6xlarge",
            "ml.i3en.large",
            "ml.i3en.xlarge",
            "ml.m5.12xlarge",
            "ml.m5.16xlarge",
            "ml.m5.24xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.8xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m6a.12xlarge",
            "ml.m6a.16xlarge",
            "ml.m6a.24xlarge",
            "ml.m6a.2xlarge",
            "ml.m6a.32xlarge",
            "ml.m6a.48xlarge",
            "ml.m6a.4xlarge",
            "ml.m6a.8xlarge",
            "ml.m6a.large",
            "ml.m6a.xlarge",
            "ml.m6g.12xlarge",
            "ml.m6g.16xlarge",
            "ml.m6g.2xlarge",
            "ml.m6g.4xlarge",
            "ml.m6g.8xlarge",
            "ml.m6g.large",
            "ml.m6g.medium",
            "ml.m6g.xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.32xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m7g.12xlarge",
            "ml.m7g.16xlarge",
            "ml.m7g.2xlarge",
            "ml.m7g.4xlarge",
            "ml.m7g.8xlarge",
            "ml.m7g.large",
            "ml.m7g.medium",
            "ml.m7g.xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.48xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m8a.16xlarge",
            "ml.m8g.12xlarge",
            "ml.m8g.16xlarge",
            "ml.m8g.24xlarge",
            "ml.m8g.2xlarge",
            "ml.m8g.48xlarge",
            "ml.m8g.4xlarge",
            "ml.m8g.8xlarge",
            "ml.m8g.large",
            "ml.m8g.medium",
            "ml.m8g.xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.p5.48xlarge",
            "ml.p5.4xlarge",
            "ml.p5e.48xlarge",
            "ml.p5en.48xlarge",
            "ml.p6-b200.48xlarge",
            "ml.p6-b300.48xlarge",
            "ml.p6e-gb200.36xlarge",
            "ml.r5d.16xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.32xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.48xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.t3.2xlarge",
            "ml.t3.large",
            "ml.t3.medium",
            "ml.t3.xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
            "ml.trn2.3xlarge",
            "ml.trn2.48xlarge",
        ]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// Per-instance-type compute quota element.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeQuotaResourceConfig {
    props: ::forma_core::schema::Props,
}
impl ComputeQuotaResourceConfig {
    /// A new value with its required properties: `InstanceType`.
    pub fn new(instance_type: impl ::forma_core::schema::EnumArg<InstanceType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, instance_type.into_enum_expr());
        Self { props }
    }
    /// Multi-instance GPU (MIG) partition profile and count, for fractional accelerator allocation.
    pub fn accelerator_partition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AcceleratorPartitionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of accelerators (e.g., GPUs) of this type allocated to the team.
    ///
    /// Allowed: 0 to 10000000.
    pub fn accelerators(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of instances of this type allocated to the team.
    ///
    /// Allowed: 0 to 10000000.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The memory in GiB allocated to the team.
    ///
    /// Allowed: 0 to 10000000.
    pub fn memory_in_gi_b(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The number of vCPUs allocated to the team.
    ///
    /// Allowed: 0 to 10000000.
    pub fn v_cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComputeQuotaResourceConfig> for ::forma_core::Value<ComputeQuotaResourceConfig> {
    fn from(v: ComputeQuotaResourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_QUOTA_RESOURCE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Lend`, `DontLend`, `LendAndBorrow`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategy {
    /// `Lend`
    Lend,
    /// `DontLend`
    DontLend,
    /// `LendAndBorrow`
    LendAndBorrow,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lend => "Lend",
            Self::DontLend => "DontLend",
            Self::LendAndBorrow => "LendAndBorrow",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Lend", "DontLend", "LendAndBorrow"]
    }
}
impl ::std::convert::From<Strategy> for ::forma_core::Value<Strategy> {
    fn from(v: Strategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategy {}

/// Idle-resource-sharing strategy for this team's quota.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSharingConfig {
    props: ::forma_core::schema::Props,
}
impl ResourceSharingConfig {
    /// A new value with its required properties: `Strategy`.
    pub fn new(strategy: impl ::forma_core::schema::EnumArg<Strategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, strategy.into_enum_expr());
        Self { props }
    }
    /// Per-instance-type absolute caps on resources this team can borrow.
    pub fn absolute_borrow_limits(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComputeQuotaResourceConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum percentage of the team's idle quota that can be borrowed by other teams.
    ///
    /// Allowed: 0 to 10000.
    pub fn borrow_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourceSharingConfig> for ::forma_core::Value<ResourceSharingConfig> {
    fn from(v: ResourceSharingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SHARING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `mig-1g.5gb`, `mig-1g.10gb`, `mig-1g.18gb`, `mig-1g.20gb`, `mig-1g.23gb`, `mig-1g.35gb`, `mig-1g.45gb`, `mig-1g.47gb`, `mig-2g.10gb`, `mig-2g.20gb`, `mig-2g.35gb`, `mig-2g.45gb`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `mig-1g.5gb`
    Mig1g5gb,
    /// `mig-1g.10gb`
    Mig1g10gb,
    /// `mig-1g.18gb`
    Mig1g18gb,
    /// `mig-1g.20gb`
    Mig1g20gb,
    /// `mig-1g.23gb`
    Mig1g23gb,
    /// `mig-1g.35gb`
    Mig1g35gb,
    /// `mig-1g.45gb`
    Mig1g45gb,
    /// `mig-1g.47gb`
    Mig1g47gb,
    /// `mig-2g.10gb`
    Mig2g10gb,
    /// `mig-2g.20gb`
    Mig2g20gb,
    /// `mig-2g.35gb`
    Mig2g35gb,
    /// `mig-2g.45gb`
    Mig2g45gb,
    /// `mig-2g.47gb`
    Mig2g47gb,
    /// `mig-3g.20gb`
    Mig3g20gb,
    /// `mig-3g.40gb`
    Mig3g40gb,
    /// `mig-3g.71gb`
    Mig3g71gb,
    /// `mig-3g.90gb`
    Mig3g90gb,
    /// `mig-3g.93gb`
    Mig3g93gb,
    /// `mig-4g.20gb`
    Mig4g20gb,
    /// `mig-4g.40gb`
    Mig4g40gb,
    /// `mig-4g.71gb`
    Mig4g71gb,
    /// `mig-4g.90gb`
    Mig4g90gb,
    /// `mig-4g.93gb`
    Mig4g93gb,
    /// `mig-7g.40gb`
    Mig7g40gb,
    /// `mig-7g.80gb`
    Mig7g80gb,
    /// `mig-7g.141gb`
    Mig7g141gb,
    /// `mig-7g.180gb`
    Mig7g180gb,
    /// `mig-7g.186gb`
    Mig7g186gb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mig1g5gb => "mig-1g.5gb",
            Self::Mig1g10gb => "mig-1g.10gb",
            Self::Mig1g18gb => "mig-1g.18gb",
            Self::Mig1g20gb => "mig-1g.20gb",
            Self::Mig1g23gb => "mig-1g.23gb",
            Self::Mig1g35gb => "mig-1g.35gb",
            Self::Mig1g45gb => "mig-1g.45gb",
            Self::Mig1g47gb => "mig-1g.47gb",
            Self::Mig2g10gb => "mig-2g.10gb",
            Self::Mig2g20gb => "mig-2g.20gb",
            Self::Mig2g35gb => "mig-2g.35gb",
            Self::Mig2g45gb => "mig-2g.45gb",
            Self::Mig2g47gb => "mig-2g.47gb",
            Self::Mig3g20gb => "mig-3g.20gb",
            Self::Mig3g40gb => "mig-3g.40gb",
            Self::Mig3g71gb => "mig-3g.71gb",
            Self::Mig3g90gb => "mig-3g.90gb",
            Self::Mig3g93gb => "mig-3g.93gb",
            Self::Mig4g20gb => "mig-4g.20gb",
            Self::Mig4g40gb => "mig-4g.40gb",
            Self::Mig4g71gb => "mig-4g.71gb",
            Self::Mig4g90gb => "mig-4g.90gb",
            Self::Mig4g93gb => "mig-4g.93gb",
            Self::Mig7g40gb => "mig-7g.40gb",
            Self::Mig7g80gb => "mig-7g.80gb",
            Self::Mig7g141gb => "mig-7g.141gb",
            Self::Mig7g180gb => "mig-7g.180gb",
            Self::Mig7g186gb => "mig-7g.186gb",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "mig-1g.5gb",
            "mig-1g.10gb",
            "mig-1g.18gb",
            "mig-1g.20gb",
            "mig-1g.23gb",
            "mig-1g.35gb",
            "mig-1g.45gb",
            "mig-1g.47gb",
            "mig-2g.10gb",
            "mig-2g.20gb",
            "mig-2g.35gb",
            "mig-2g.45gb",
            "mig-2g.47gb",
            "mig-3g.20gb",
            "mig-3g.40gb",
            "mig-3g.71gb",
            "mig-3g.90gb",
            "mig-3g.93gb",
            "mig-4g.20gb",
            "mig-4g.40gb",
            "mig-4g.71gb",
            "mig-4g.90gb",
            "mig-4g.93gb",
            "mig-7g.40gb",
            "mig-7g.80gb",
            "mig-7g.141gb",
            "mig-7g.180gb",
            "mig-7g.186gb",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Multi-instance GPU (MIG) partition profile and count for fractional accelerator allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceleratorPartitionConfig {
    props: ::forma_core::schema::Props,
}
impl AcceleratorPartitionConfig {
    /// A new value with its required properties: `Count`, `Type`.
    pub fn new(
        count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, count.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AcceleratorPartitionConfig> for ::forma_core::Value<AcceleratorPartitionConfig> {
    fn from(v: AcceleratorPartitionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATOR_PARTITION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::ComputeQuota`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::ComputeQuota",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActivationState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:cluster/[a-z0-9]{12}$"),
                min_length: Some(20),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputeQuotaConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_QUOTA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputeQuotaTarget",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_QUOTA_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
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
    attributes: &[
        "ComputeQuotaArn",
        "ComputeQuotaId",
        "ComputeQuotaVersion",
        "Status",
        "CreationTime",
        "LastModifiedTime",
    ],
};

static COMPUTE_QUOTA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ComputeQuota.ComputeQuotaConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeQuotaResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPUTE_QUOTA_RESOURCE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PreemptTeamTasks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Never", "LowerPriority"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceSharingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SHARING_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static COMPUTE_QUOTA_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ComputeQuota.ComputeQuotaTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "FairShareWeight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TeamName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ComputeQuota.Tag",
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

static COMPUTE_QUOTA_RESOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ComputeQuota.ComputeQuotaResourceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceleratorPartition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATOR_PARTITION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Accelerators",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ml.c5.12xlarge",
                "ml.c5.18xlarge",
                "ml.c5.24xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.large",
                "ml.c5.xlarge",
                "ml.c5n.18xlarge",
                "ml.c5n.2xlarge",
                "ml.c5n.4xlarge",
                "ml.c5n.9xlarge",
                "ml.c5n.large",
                "ml.c6a.12xlarge",
                "ml.c6a.16xlarge",
                "ml.c6a.24xlarge",
                "ml.c6a.2xlarge",
                "ml.c6a.32xlarge",
                "ml.c6a.48xlarge",
                "ml.c6a.4xlarge",
                "ml.c6a.8xlarge",
                "ml.c6a.large",
                "ml.c6a.xlarge",
                "ml.c6g.12xlarge",
                "ml.c6g.16xlarge",
                "ml.c6g.2xlarge",
                "ml.c6g.4xlarge",
                "ml.c6g.8xlarge",
                "ml.c6g.large",
                "ml.c6g.medium",
                "ml.c6g.xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.32xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.large",
                "ml.c6i.xlarge",
                "ml.c7g.12xlarge",
                "ml.c7g.16xlarge",
                "ml.c7g.2xlarge",
                "ml.c7g.4xlarge",
                "ml.c7g.8xlarge",
                "ml.c7g.large",
                "ml.c7g.medium",
                "ml.c7g.xlarge",
                "ml.c8a.16xlarge",
                "ml.c8g.12xlarge",
                "ml.c8g.16xlarge",
                "ml.c8g.24xlarge",
                "ml.c8g.2xlarge",
                "ml.c8g.48xlarge",
                "ml.c8g.4xlarge",
                "ml.c8g.8xlarge",
                "ml.c8g.large",
                "ml.c8g.medium",
                "ml.c8g.xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.2xlarge",
                "ml.g5.48xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.2xlarge",
                "ml.g6.48xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.48xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.xlarge",
                "ml.g7.12xlarge",
                "ml.g7.24xlarge",
                "ml.g7.2xlarge",
                "ml.g7.48xlarge",
                "ml.g7.4xlarge",
                "ml.g7.8xlarge",
                "ml.g7e.12xlarge",
                "ml.g7e.24xlarge",
                "ml.g7e.2xlarge",
                "ml.g7e.48xlarge",
                "ml.g7e.4xlarge",
                "ml.g7e.8xlarge",
                "ml.gr6.4xlarge",
                "ml.gr6.8xlarge",
                "ml.i3en.12xlarge",
                "ml.i3en.24xlarge",
                "ml.i3en.2xlarge",
                "ml.i3en.3xlarge",
                "ml.i3en.6xlarge",
                "ml.i3en.large",
                "ml.i3en.xlarge",
                "ml.m5.12xlarge",
                "ml.m5.16xlarge",
                "ml.m5.24xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.8xlarge",
                "ml.m5.large",
                "ml.m5.xlarge",
                "ml.m6a.12xlarge",
                "ml.m6a.16xlarge",
                "ml.m6a.24xlarge",
                "ml.m6a.2xlarge",
                "ml.m6a.32xlarge",
                "ml.m6a.48xlarge",
                "ml.m6a.4xlarge",
                "ml.m6a.8xlarge",
                "ml.m6a.large",
                "ml.m6a.xlarge",
                "ml.m6g.12xlarge",
                "ml.m6g.16xlarge",
                "ml.m6g.2xlarge",
                "ml.m6g.4xlarge",
                "ml.m6g.8xlarge",
                "ml.m6g.large",
                "ml.m6g.medium",
                "ml.m6g.xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.32xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m7g.12xlarge",
                "ml.m7g.16xlarge",
                "ml.m7g.2xlarge",
                "ml.m7g.4xlarge",
                "ml.m7g.8xlarge",
                "ml.m7g.large",
                "ml.m7g.medium",
                "ml.m7g.xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.48xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.m8a.16xlarge",
                "ml.m8g.12xlarge",
                "ml.m8g.16xlarge",
                "ml.m8g.24xlarge",
                "ml.m8g.2xlarge",
                "ml.m8g.48xlarge",
                "ml.m8g.4xlarge",
                "ml.m8g.8xlarge",
                "ml.m8g.large",
                "ml.m8g.medium",
                "ml.m8g.xlarge",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.p5.48xlarge",
                "ml.p5.4xlarge",
                "ml.p5e.48xlarge",
                "ml.p5en.48xlarge",
                "ml.p6-b200.48xlarge",
                "ml.p6-b300.48xlarge",
                "ml.p6e-gb200.36xlarge",
                "ml.r5d.16xlarge",
                "ml.r6i.12xlarge",
                "ml.r6i.16xlarge",
                "ml.r6i.24xlarge",
                "ml.r6i.2xlarge",
                "ml.r6i.32xlarge",
                "ml.r6i.4xlarge",
                "ml.r6i.8xlarge",
                "ml.r6i.large",
                "ml.r6i.xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.48xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.t3.2xlarge",
                "ml.t3.large",
                "ml.t3.medium",
                "ml.t3.xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
                "ml.trn2.3xlarge",
                "ml.trn2.48xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MemoryInGiB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VCpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
    ],
    rules: &[],
};

static RESOURCE_SHARING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ComputeQuota.ResourceSharingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsoluteBorrowLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPUTE_QUOTA_RESOURCE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BorrowLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Strategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Lend", "DontLend", "LendAndBorrow"]),
        },
    ],
    rules: &[],
};

static ACCELERATOR_PARTITION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ComputeQuota.AcceleratorPartitionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Count",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "mig-1g.5gb",
                "mig-1g.10gb",
                "mig-1g.18gb",
                "mig-1g.20gb",
                "mig-1g.23gb",
                "mig-1g.35gb",
                "mig-1g.45gb",
                "mig-1g.47gb",
                "mig-2g.10gb",
                "mig-2g.20gb",
                "mig-2g.35gb",
                "mig-2g.45gb",
                "mig-2g.47gb",
                "mig-3g.20gb",
                "mig-3g.40gb",
                "mig-3g.71gb",
                "mig-3g.90gb",
                "mig-3g.93gb",
                "mig-4g.20gb",
                "mig-4g.40gb",
                "mig-4g.71gb",
                "mig-4g.90gb",
                "mig-4g.93gb",
                "mig-7g.40gb",
                "mig-7g.80gb",
                "mig-7g.141gb",
                "mig-7g.180gb",
                "mig-7g.186gb",
            ]),
        },
    ],
    rules: &[],
};
