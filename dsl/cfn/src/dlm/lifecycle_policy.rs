// @generated from AWS::DLM::LifecyclePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DLM::LifecyclePolicy` and its property types.

/// Resource Type definition for AWS::DLM::LifecyclePolicy
///
/// CloudFormation type `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecyclePolicy {
    props: ::forma_core::schema::Props,
}
impl LifecyclePolicy {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// **[Default policies only]** Indicates whether the policy should copy tags from the source resource to the snapshot or AMI.
    #[track_caller]
    pub fn copy_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// **[Default policies only]** Specifies how often the policy should run and create snapshots or AMIs.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn create_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// **[Default policies only]** Specifies destination Regions for snapshot or AMI copies.
    #[track_caller]
    pub fn cross_region_copy_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CrossRegionCopyTarget>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// **[Default policies only]** Specify the type of default policy to create.
    #[track_caller]
    pub fn default_policy(mut self, value: impl ::forma_core::schema::EnumArg<DefaultPolicy>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the lifecycle policy.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// **[Default policies only]** Specifies exclusion parameters for volumes or instances for which you do not want to create snapshots or AMIs.
    #[track_caller]
    pub fn exclusions(mut self, value: impl ::std::convert::Into<::forma_core::Value<Exclusions>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role used to run the operations specified by the lifecycle policy.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// **[Default policies only]** Defines the snapshot or AMI retention behavior for the policy if the source volume or instance is deleted, or if the policy enters the error, disabled, or deleted state.
    #[track_caller]
    pub fn extend_deletion(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration details of the lifecycle policy.
    #[track_caller]
    pub fn policy_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<PolicyDetails>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// **[Default policies only]** Specifies how long the policy should retain snapshots or AMIs before deleting them.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn retain_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The activation state of the lifecycle policy.
    #[track_caller]
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the lifecycle policy during creation.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for LifecyclePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LifecyclePolicy {
    type Attributes = LifecyclePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::DLM::LifecyclePolicy"
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
/// The attributes of a `AWS::DLM::LifecyclePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LifecyclePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LifecyclePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LifecyclePolicyAttributes {
    /// `Fn::GetAtt` `PolicyId`.
    pub fn policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `INSTANCE`, `VOLUME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultPolicy {
    /// `INSTANCE`
    Instance,
    /// `VOLUME`
    Volume,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "INSTANCE",
            Self::Volume => "VOLUME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INSTANCE", "VOLUME"]
    }
}
impl ::std::convert::From<DefaultPolicy> for ::forma_core::Value<DefaultPolicy> {
    fn from(v: DefaultPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultPolicy {}

/// The `CrossRegionCopyTarget` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRegionCopyTarget {
    props: ::forma_core::schema::Props,
}
impl CrossRegionCopyTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The target Region, for example `us-east-1`.
    ///
    /// Allowed: length 0 to 16.
    pub fn target_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CrossRegionCopyTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CrossRegionCopyTarget> for ::forma_core::Value<CrossRegionCopyTarget> {
    fn from(v: CrossRegionCopyTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_REGION_COPY_TARGET_TYPE.properties))
    }
}

/// **[Default policies only]** Specifies exclusion parameters for volumes or instances for which you do not want to create snapshots or AMIs.
#[derive(Debug, Clone, PartialEq)]
pub struct Exclusions {
    props: ::forma_core::schema::Props,
}
impl Exclusions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// **[Default policies for EBS snapshots only]** Indicates whether to exclude volumes that are attached to instances as the boot volume.
    pub fn exclude_boot_volumes(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// **[Default policies for EBS-backed AMIs only]** Specifies whether to exclude volumes that have specific tags.
    pub fn exclude_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// **[Default policies for EBS snapshots only]** Specifies the volume types to exclude.
    pub fn exclude_volume_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Exclusions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Exclusions> for ::forma_core::Value<Exclusions> {
    fn from(v: Exclusions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXCLUSIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SIMPLIFIED`, `STANDARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyLanguage {
    /// `SIMPLIFIED`
    Simplified,
    /// `STANDARD`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Simplified => "SIMPLIFIED",
            Self::Standard => "STANDARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SIMPLIFIED", "STANDARD"]
    }
}
impl ::std::convert::From<PolicyLanguage> for ::forma_core::Value<PolicyLanguage> {
    fn from(v: PolicyLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyLanguage {}

/// The values CloudFormation documents: `EBS_SNAPSHOT_MANAGEMENT`, `EVENT_BASED_POLICY`, `IMAGE_MANAGEMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PolicyType {
    /// `EBS_SNAPSHOT_MANAGEMENT`
    EbsSnapshotManagement,
    /// `EVENT_BASED_POLICY`
    EventBasedPolicy,
    /// `IMAGE_MANAGEMENT`
    ImageManagement,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PolicyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EbsSnapshotManagement => "EBS_SNAPSHOT_MANAGEMENT",
            Self::EventBasedPolicy => "EVENT_BASED_POLICY",
            Self::ImageManagement => "IMAGE_MANAGEMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EBS_SNAPSHOT_MANAGEMENT", "EVENT_BASED_POLICY", "IMAGE_MANAGEMENT"]
    }
}
impl ::std::convert::From<PolicyType> for ::forma_core::Value<PolicyType> {
    fn from(v: PolicyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PolicyType {}

/// The values CloudFormation documents: `CLOUD`, `LOCAL_ZONE`, `OUTPOST`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceLocations {
    /// `CLOUD`
    Cloud,
    /// `LOCAL_ZONE`
    LocalZone,
    /// `OUTPOST`
    Outpost,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceLocations {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cloud => "CLOUD",
            Self::LocalZone => "LOCAL_ZONE",
            Self::Outpost => "OUTPOST",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLOUD", "LOCAL_ZONE", "OUTPOST"]
    }
}
impl ::std::convert::From<ResourceLocations> for ::forma_core::Value<ResourceLocations> {
    fn from(v: ResourceLocations) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceLocations {}

/// The values CloudFormation documents: `INSTANCE`, `VOLUME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `INSTANCE`
    Instance,
    /// `VOLUME`
    Volume,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "INSTANCE",
            Self::Volume => "VOLUME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INSTANCE", "VOLUME"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The values CloudFormation documents: `INSTANCE`, `VOLUME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceTypes {
    /// `INSTANCE`
    Instance,
    /// `VOLUME`
    Volume,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "INSTANCE",
            Self::Volume => "VOLUME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INSTANCE", "VOLUME"]
    }
}
impl ::std::convert::From<ResourceTypes> for ::forma_core::Value<ResourceTypes> {
    fn from(v: ResourceTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceTypes {}

/// The configuration details of the lifecycle policy.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDetails {
    props: ::forma_core::schema::Props,
}
impl PolicyDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// **[Event-based policies only]** The actions to be performed when the event-based policy is activated.
    pub fn actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Indicates whether the policy should copy tags from the source resource to the snapshot or AMI.
    pub fn copy_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Specifies how often the policy should run and create snapshots or AMIs.
    ///
    /// Allowed: at least 1.
    pub fn create_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Specifies destination Regions for snapshot or AMI copies.
    pub fn cross_region_copy_targets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CrossRegionCopyTarget>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// **[Event-based policies only]** The event that activates the event-based policy.
    pub fn event_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventSource>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Specifies exclusion parameters for volumes or instances for which you do not want to create snapshots or AMIs.
    pub fn exclusions(mut self, value: impl ::std::convert::Into<::forma_core::Value<Exclusions>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Defines the snapshot or AMI retention behavior for the policy if the source volume or instance is deleted, or if the policy enters the error, disabled, or deleted state.
    pub fn extend_deletion(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// **[Custom snapshot and AMI policies only]** A set of optional parameters for snapshot and AMI lifecycle policies.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<Parameters>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The type of policy to create.
    pub fn policy_language(mut self, value: impl ::forma_core::schema::EnumArg<PolicyLanguage>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
    /// The type of policy.
    pub fn policy_type(mut self, value: impl ::forma_core::schema::EnumArg<PolicyType>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// **[Custom snapshot and AMI policies only]** The location of the resources to backup.
    pub fn resource_locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceLocations>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Specify the type of default policy to create.
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set(11, value.into_enum_expr());
        self
    }
    /// **[Custom snapshot policies only]** The target resource type for snapshot and AMI lifecycle policies.
    pub fn resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTypes>>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// **[Default policies only]** Specifies how long the policy should retain snapshots or AMIs before deleting them.
    ///
    /// Allowed: at least 1.
    pub fn retain_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// **[Custom snapshot and AMI policies only]** The schedules of policy-defined actions for snapshot and AMI lifecycle policies.
    pub fn schedules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Schedule>>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// **[Custom snapshot and AMI policies only]** The single tag that identifies targeted resources for this policy.
    pub fn target_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PolicyDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PolicyDetails> for ::forma_core::Value<PolicyDetails> {
    fn from(v: PolicyDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DETAILS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::DLM::LifecyclePolicy`.
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

/// The `Action` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value with its required properties: `CrossRegionCopy`, `Name`.
    pub fn new(
        cross_region_copy: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CrossRegionCopyAction>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cross_region_copy.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MANAGED_CWE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `MANAGED_CWE`
    ManagedCwe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManagedCwe => "MANAGED_CWE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MANAGED_CWE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// **[Event-based policies only]** The event that activates the event-based policy.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSource {
    props: ::forma_core::schema::Props,
}
impl EventSource {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// Information about the event.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventParameters>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventSource> for ::forma_core::Value<EventSource> {
    fn from(v: EventSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_SOURCE_TYPE.properties))
    }
}

/// **[Custom snapshot and AMI policies only]** A set of optional parameters for snapshot and AMI lifecycle policies.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameters {
    props: ::forma_core::schema::Props,
}
impl Parameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// **[Custom snapshot policies that target instances only]** Indicates whether to exclude the root volume from multi-volume snapshot sets.
    pub fn exclude_boot_volume(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// **[Custom snapshot policies that target instances only]** The tags used to identify data (non-root) volumes to exclude from multi-volume snapshot sets.
    pub fn exclude_data_volume_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// **[Custom AMI policies only]** Indicates whether targeted instances are rebooted when the lifecycle policy runs.
    pub fn no_reboot(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Parameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Parameters> for ::forma_core::Value<Parameters> {
    fn from(v: Parameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETERS_TYPE.properties))
    }
}

/// The `Schedule` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    props: ::forma_core::schema::Props,
}
impl Schedule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// **[Custom snapshot policies that target volumes only]** The snapshot archiving rule for the schedule.
    pub fn archive_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<ArchiveRule>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Copy all user-defined tags on a source volume to snapshots of the volume created by this policy.
    pub fn copy_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The creation rule.
    pub fn create_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<CreateRule>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies a rule for copying snapshots or AMIs across Regions.
    pub fn cross_region_copy_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CrossRegionCopyRule>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// **[Custom AMI policies only]** The AMI deprecation rule for the schedule.
    pub fn deprecate_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeprecateRule>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// **[Custom snapshot policies only]** The rule for enabling fast snapshot restore.
    pub fn fast_restore_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<FastRestoreRule>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The name of the schedule.
    ///
    /// Allowed: length 0 to 120.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The retention rule for snapshots or AMIs created by the policy.
    pub fn retain_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetainRule>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// **[Custom snapshot policies only]** The rule for sharing snapshots with other AWS accounts.
    pub fn share_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ShareRule>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The tags to apply to policy-created resources.
    pub fn tags_to_add(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// **[AMI policies and snapshot policies that target instances only]** A collection of key/value pairs with values determined dynamically when the policy is executed.
    pub fn variable_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Schedule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_TYPE.properties))
    }
}

/// The `CrossRegionCopyAction` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRegionCopyAction {
    props: ::forma_core::schema::Props,
}
impl CrossRegionCopyAction {
    /// A new value with its required properties: `EncryptionConfiguration`, `Target`.
    pub fn new(
        encryption_configuration: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_configuration.into().into_expr());
        props.set(2, target.into().into_expr());
        Self { props }
    }
    /// The retention rule that indicates how long the cross-Region snapshot or AMI copies are to be retained in the destination Region.
    pub fn retain_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrossRegionCopyRetainRule>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CrossRegionCopyAction> for ::forma_core::Value<CrossRegionCopyAction> {
    fn from(v: CrossRegionCopyAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_REGION_COPY_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `shareSnapshot`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventType {
    /// `shareSnapshot`
    ShareSnapshot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShareSnapshot => "shareSnapshot",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["shareSnapshot"]
    }
}
impl ::std::convert::From<EventType> for ::forma_core::Value<EventType> {
    fn from(v: EventType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventType {}

/// Information about the event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventParameters {
    props: ::forma_core::schema::Props,
}
impl EventParameters {
    /// A new value with its required properties: `EventType`, `SnapshotOwner`.
    pub fn new(
        event_type: impl ::forma_core::schema::EnumArg<EventType>,
        snapshot_owner: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, event_type.into_enum_expr());
        props.set(2, snapshot_owner.into().into_expr());
        Self { props }
    }
    /// The snapshot description that can trigger the policy.
    ///
    /// Allowed: length 0 to 1000.
    pub fn description_regex(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventParameters> for ::forma_core::Value<EventParameters> {
    fn from(v: EventParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_PARAMETERS_TYPE.properties))
    }
}

/// **[Custom snapshot policies that target volumes only]** The snapshot archiving rule for the schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveRule {
    props: ::forma_core::schema::Props,
}
impl ArchiveRule {
    /// A new value with its required properties: `RetainRule`.
    pub fn new(retain_rule: impl ::std::convert::Into<::forma_core::Value<ArchiveRetainRule>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, retain_rule.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ArchiveRule> for ::forma_core::Value<ArchiveRule> {
    fn from(v: ArchiveRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `HOURS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntervalUnit {
    /// `HOURS`
    Hours,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntervalUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hours => "HOURS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOURS"]
    }
}
impl ::std::convert::From<IntervalUnit> for ::forma_core::Value<IntervalUnit> {
    fn from(v: IntervalUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntervalUnit {}

/// The values CloudFormation documents: `CLOUD`, `LOCAL_ZONE`, `OUTPOST_LOCAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Location {
    /// `CLOUD`
    Cloud,
    /// `LOCAL_ZONE`
    LocalZone,
    /// `OUTPOST_LOCAL`
    OutpostLocal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Location {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cloud => "CLOUD",
            Self::LocalZone => "LOCAL_ZONE",
            Self::OutpostLocal => "OUTPOST_LOCAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLOUD", "LOCAL_ZONE", "OUTPOST_LOCAL"]
    }
}
impl ::std::convert::From<Location> for ::forma_core::Value<Location> {
    fn from(v: Location) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Location {}

/// The creation rule.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRule {
    props: ::forma_core::schema::Props,
}
impl CreateRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The schedule, as a Cron expression.
    ///
    /// Allowed: length 17 to 106.
    pub fn cron_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The interval between snapshots.
    ///
    /// Allowed: at least 1.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The interval unit.
    pub fn interval_unit(mut self, value: impl ::forma_core::schema::EnumArg<IntervalUnit>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// **[Custom snapshot policies only]** Specifies the destination for snapshots created by the policy.
    pub fn location(mut self, value: impl ::forma_core::schema::EnumArg<Location>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// **[Custom snapshot policies that target instances only]** Specifies pre and/or post scripts for a snapshot lifecycle policy that targets instances.
    pub fn scripts(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Script>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The time, in UTC, to start the operation.
    pub fn times(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CreateRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CreateRule> for ::forma_core::Value<CreateRule> {
    fn from(v: CreateRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREATE_RULE_TYPE.properties))
    }
}

/// The `CrossRegionCopyRule` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRegionCopyRule {
    props: ::forma_core::schema::Props,
}
impl CrossRegionCopyRule {
    /// A new value with its required properties: `Encrypted`.
    pub fn new(encrypted: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, encrypted.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the AWS KMS key to use for EBS encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn cmk_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether to copy all user-defined tags from the source snapshot or AMI to the cross-Region copy.
    pub fn copy_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// **[Custom AMI policies only]** The AMI deprecation rule for cross-Region AMI copies created by the rule.
    pub fn deprecate_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrossRegionCopyDeprecateRule>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The retention rule that indicates how long the cross-Region snapshot or AMI copies are to be retained in the destination Region.
    pub fn retain_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CrossRegionCopyRetainRule>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// **[Custom snapshot policies only]** The target Region or the Amazon Resource Name (ARN) of the target Outpost for the snapshot copies.
    ///
    /// Allowed: length 0 to 2048.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// **[Custom AMI policies only]** The target Region or the Amazon Resource Name (ARN) of the target Outpost for the AMI copies.
    ///
    /// Allowed: length 0 to 16.
    pub fn target_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CrossRegionCopyRule> for ::forma_core::Value<CrossRegionCopyRule> {
    fn from(v: CrossRegionCopyRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_REGION_COPY_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`, `MONTHS`, `WEEKS`, `YEARS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeprecateRuleIntervalUnit {
    /// `DAYS`
    Days,
    /// `MONTHS`
    Months,
    /// `WEEKS`
    Weeks,
    /// `YEARS`
    Years,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeprecateRuleIntervalUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Months => "MONTHS",
            Self::Weeks => "WEEKS",
            Self::Years => "YEARS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS", "MONTHS", "WEEKS", "YEARS"]
    }
}
impl ::std::convert::From<DeprecateRuleIntervalUnit> for ::forma_core::Value<DeprecateRuleIntervalUnit> {
    fn from(v: DeprecateRuleIntervalUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeprecateRuleIntervalUnit {}

/// **[Custom AMI policies only]** The AMI deprecation rule for the schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct DeprecateRule {
    props: ::forma_core::schema::Props,
}
impl DeprecateRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If the schedule has a count-based retention rule, this parameter specifies the number of oldest AMIs to deprecate.
    ///
    /// Allowed: 1 to 1000.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If the schedule has an age-based retention rule, this parameter specifies the period after which to deprecate AMIs created by the schedule.
    ///
    /// Allowed: at least 1.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit of time in which to measure the **Interval**.
    pub fn interval_unit(mut self, value: impl ::forma_core::schema::EnumArg<DeprecateRuleIntervalUnit>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DeprecateRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeprecateRule> for ::forma_core::Value<DeprecateRule> {
    fn from(v: DeprecateRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPRECATE_RULE_TYPE.properties))
    }
}

/// **[Custom snapshot policies only]** The rule for enabling fast snapshot restore.
#[derive(Debug, Clone, PartialEq)]
pub struct FastRestoreRule {
    props: ::forma_core::schema::Props,
}
impl FastRestoreRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Availability Zone IDs in which to enable fast snapshot restore.
    pub fn availability_zone_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Availability Zones in which to enable fast snapshot restore.
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of snapshots to be enabled with fast snapshot restore.
    ///
    /// Allowed: 1 to 1000.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The amount of time to enable fast snapshot restore.
    ///
    /// Allowed: at least 1.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The unit of time for enabling fast snapshot restore.
    pub fn interval_unit(mut self, value: impl ::forma_core::schema::EnumArg<DeprecateRuleIntervalUnit>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FastRestoreRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FastRestoreRule> for ::forma_core::Value<FastRestoreRule> {
    fn from(v: FastRestoreRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAST_RESTORE_RULE_TYPE.properties))
    }
}

/// The retention rule for snapshots or AMIs created by the policy.
#[derive(Debug, Clone, PartialEq)]
pub struct RetainRule {
    props: ::forma_core::schema::Props,
}
impl RetainRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of snapshots to retain for each volume, up to a maximum of 1000.
    ///
    /// Allowed: 0 to 1000.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The amount of time to retain each snapshot.
    ///
    /// Allowed: at least 0.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit of time for time-based retention.
    pub fn interval_unit(mut self, value: impl ::forma_core::schema::EnumArg<DeprecateRuleIntervalUnit>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RetainRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetainRule> for ::forma_core::Value<RetainRule> {
    fn from(v: RetainRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETAIN_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`, `MONTHS`, `WEEKS`, `YEARS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnshareIntervalUnit {
    /// `DAYS`
    Days,
    /// `MONTHS`
    Months,
    /// `WEEKS`
    Weeks,
    /// `YEARS`
    Years,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UnshareIntervalUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Months => "MONTHS",
            Self::Weeks => "WEEKS",
            Self::Years => "YEARS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS", "MONTHS", "WEEKS", "YEARS"]
    }
}
impl ::std::convert::From<UnshareIntervalUnit> for ::forma_core::Value<UnshareIntervalUnit> {
    fn from(v: UnshareIntervalUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UnshareIntervalUnit {}

/// The `ShareRule` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareRule {
    props: ::forma_core::schema::Props,
}
impl ShareRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IDs of the AWS accounts with which to share the snapshots.
    pub fn target_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The period after which snapshots that are shared with other AWS accounts are automatically unshared.
    ///
    /// Allowed: at least 1.
    pub fn unshare_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit of time for the automatic unsharing interval.
    pub fn unshare_interval_unit(mut self, value: impl ::forma_core::schema::EnumArg<UnshareIntervalUnit>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ShareRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ShareRule> for ::forma_core::Value<ShareRule> {
    fn from(v: ShareRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHARE_RULE_TYPE.properties))
    }
}

/// The encryption settings for the copied snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `Encrypted`.
    pub fn new(encrypted: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, encrypted.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the AWS KMS key to use for EBS encryption.
    ///
    /// Allowed: length 0 to 2048.
    pub fn cmk_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The retention rule that indicates how long the cross-Region snapshot or AMI copies are to be retained in the destination Region.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRegionCopyRetainRule {
    props: ::forma_core::schema::Props,
}
impl CrossRegionCopyRetainRule {
    /// A new value with its required properties: `Interval`, `IntervalUnit`.
    pub fn new(
        interval: impl ::std::convert::Into<::forma_core::Value<i64>>,
        interval_unit: impl ::forma_core::schema::EnumArg<DeprecateRuleIntervalUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, interval.into().into_expr());
        props.set(1, interval_unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CrossRegionCopyRetainRule> for ::forma_core::Value<CrossRegionCopyRetainRule> {
    fn from(v: CrossRegionCopyRetainRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_REGION_COPY_RETAIN_RULE_TYPE.properties))
    }
}

/// Information about the retention period for the snapshot archiving rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveRetainRule {
    props: ::forma_core::schema::Props,
}
impl ArchiveRetainRule {
    /// A new value with its required properties: `RetentionArchiveTier`.
    pub fn new(retention_archive_tier: impl ::std::convert::Into<::forma_core::Value<RetentionArchiveTier>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, retention_archive_tier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ArchiveRetainRule> for ::forma_core::Value<ArchiveRetainRule> {
    fn from(v: ArchiveRetainRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_RETAIN_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_SYSTEMS_MANAGER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionHandlerService {
    /// `AWS_SYSTEMS_MANAGER`
    AwsSystemsManager,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExecutionHandlerService {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsSystemsManager => "AWS_SYSTEMS_MANAGER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_SYSTEMS_MANAGER"]
    }
}
impl ::std::convert::From<ExecutionHandlerService> for ::forma_core::Value<ExecutionHandlerService> {
    fn from(v: ExecutionHandlerService) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExecutionHandlerService {}

/// The values CloudFormation documents: `POST`, `PRE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stages {
    /// `POST`
    Post,
    /// `PRE`
    Pre,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Stages {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Post => "POST",
            Self::Pre => "PRE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POST", "PRE"]
    }
}
impl ::std::convert::From<Stages> for ::forma_core::Value<Stages> {
    fn from(v: Stages) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Stages {}

/// The `Script` property type of `AWS::DLM::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    props: ::forma_core::schema::Props,
}
impl Script {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether Amazon Data Lifecycle Manager should default to crash-consistent snapshots if the pre script fails.
    pub fn execute_operation_on_script_failure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The SSM document that includes the pre and/or post scripts to run.
    ///
    /// Allowed: length 0 to 200.
    pub fn execution_handler(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the service used to execute the pre and/or post scripts.
    pub fn execution_handler_service(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ExecutionHandlerService>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies a timeout period, in seconds, after which Amazon Data Lifecycle Manager fails the script run attempt if it has not completed.
    ///
    /// Allowed: 10 to 120.
    pub fn execution_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specifies the number of times Amazon Data Lifecycle Manager should retry scripts that fail.
    ///
    /// Allowed: 0 to 3.
    pub fn maximum_retry_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Indicate which scripts Amazon Data Lifecycle Manager should run on target instances.
    pub fn stages(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Stages>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Script {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Script> for ::forma_core::Value<Script> {
    fn from(v: Script) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRIPT_TYPE.properties))
    }
}

/// **[Custom AMI policies only]** The AMI deprecation rule for cross-Region AMI copies created by the rule.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRegionCopyDeprecateRule {
    props: ::forma_core::schema::Props,
}
impl CrossRegionCopyDeprecateRule {
    /// A new value with its required properties: `Interval`, `IntervalUnit`.
    pub fn new(
        interval: impl ::std::convert::Into<::forma_core::Value<i64>>,
        interval_unit: impl ::forma_core::schema::EnumArg<DeprecateRuleIntervalUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, interval.into().into_expr());
        props.set(1, interval_unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CrossRegionCopyDeprecateRule> for ::forma_core::Value<CrossRegionCopyDeprecateRule> {
    fn from(v: CrossRegionCopyDeprecateRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_REGION_COPY_DEPRECATE_RULE_TYPE.properties))
    }
}

/// Information about retention period in the Amazon EBS Snapshots Archive.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionArchiveTier {
    props: ::forma_core::schema::Props,
}
impl RetentionArchiveTier {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of snapshots to retain in the archive storage tier for each volume.
    ///
    /// Allowed: 1 to 1000.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the period of time to retain snapshots in the archive tier.
    ///
    /// Allowed: at least 1.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The unit of time in which to measure the **Interval**.
    pub fn interval_unit(mut self, value: impl ::forma_core::schema::EnumArg<DeprecateRuleIntervalUnit>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RetentionArchiveTier {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionArchiveTier> for ::forma_core::Value<RetentionArchiveTier> {
    fn from(v: RetentionArchiveTier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_ARCHIVE_TIER_TYPE.properties))
    }
}

/// The schema of `AWS::DLM::LifecyclePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DLM::LifecyclePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CreateInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CrossRegionCopyTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INSTANCE", "VOLUME"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z _-]+$"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXCLUSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z]{1,3}){0,2}:iam::\\d+:role/"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExtendDeletion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PolicyDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetainInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "State",
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["PolicyId", "Arn"],
};

static CROSS_REGION_COPY_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.CrossRegionCopyTarget",
    properties: &[::forma_core::schema::Property {
        name: "TargetRegion",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^([a-z]+-){2,3}\\d$"),
            min_length: Some(0),
            max_length: Some(16),
        }),
    }],
    rules: &[],
};

static EXCLUSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.Exclusions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeBootVolumes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludeTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExcludeVolumeTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(6) },
            ),
        },
    ],
    rules: &[],
};

static POLICY_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.PolicyDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "CopyTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CreateInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CrossRegionCopyTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXCLUSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExtendDeletion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SIMPLIFIED", "STANDARD"]),
        },
        ::forma_core::schema::Property {
            name: "PolicyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EBS_SNAPSHOT_MANAGEMENT",
                "EVENT_BASED_POLICY",
                "IMAGE_MANAGEMENT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ResourceLocations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["CLOUD", "LOCAL_ZONE", "OUTPOST"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INSTANCE", "VOLUME"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["INSTANCE", "VOLUME"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RetainInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Schedules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEDULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "CrossRegionCopy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z _-]+$"),
                min_length: Some(0),
                max_length: Some(120),
            }),
        },
    ],
    rules: &[],
};

static EVENT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.EventSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EVENT_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MANAGED_CWE"]),
        },
    ],
    rules: &[],
};

static PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.Parameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeBootVolume",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExcludeDataVolumeTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NoReboot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.Schedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArchiveRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVE_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CopyTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CreateRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREATE_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CrossRegionCopyRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeprecateRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPRECATE_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FastRestoreRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAST_RESTORE_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z _-]+$"),
                min_length: Some(0),
                max_length: Some(120),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetainRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETAIN_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ShareRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SHARE_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TagsToAdd",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(45) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VariableTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(45) },
            ),
        },
    ],
    rules: &[],
};

static CROSS_REGION_COPY_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.CrossRegionCopyAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetainRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_RETAIN_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w:\\-\\/\\*]+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static EVENT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.EventParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "DescriptionRegex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["shareSnapshot"]),
        },
        ::forma_core::schema::Property {
            name: "SnapshotOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: Some(12),
                    max_length: Some(12),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static ARCHIVE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.ArchiveRule",
    properties: &[::forma_core::schema::Property {
        name: "RetainRule",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ARCHIVE_RETAIN_RULE_TYPE),
    }],
    rules: &[],
};

static CREATE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.CreateRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "CronExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^cron\\([^\\n]{11,100}\\)$"),
                min_length: Some(17),
                max_length: Some(106),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HOURS"]),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CLOUD", "LOCAL_ZONE", "OUTPOST_LOCAL"]),
        },
        ::forma_core::schema::Property {
            name: "Scripts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCRIPT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Times",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$"),
                    min_length: Some(5),
                    max_length: Some(5),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static CROSS_REGION_COPY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.CrossRegionCopyRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "CmkArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z]{1,3}){0,2}:kms:([a-z]+-){2,3}\\d:\\d+:key/"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "CopyTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeprecateRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_DEPRECATE_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Encrypted",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RetainRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CROSS_REGION_COPY_RETAIN_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w:\\-\\/\\*]+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z]+-){2,3}\\d$"),
                min_length: Some(0),
                max_length: Some(16),
            }),
        },
    ],
    rules: &[],
};

static DEPRECATE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.DeprecateRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};

static FAST_RESTORE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.FastRestoreRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZoneIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{3,4}\\d-az\\d+$"),
                    min_length: Some(0),
                    max_length: Some(16),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([a-z]+-){2,3}\\d[a-z]$"),
                    min_length: Some(0),
                    max_length: Some(16),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};

static RETAIN_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.RetainRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};

static SHARE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.ShareRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "TargetAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: Some(12),
                    max_length: Some(12),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UnshareInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UnshareIntervalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CmkArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z]{1,3}){0,2}:kms:([a-z]+-){2,3}\\d:\\d+:key/"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Encrypted",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CROSS_REGION_COPY_RETAIN_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.CrossRegionCopyRetainRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Interval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};

static ARCHIVE_RETAIN_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.ArchiveRetainRule",
    properties: &[::forma_core::schema::Property {
        name: "RetentionArchiveTier",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RETENTION_ARCHIVE_TIER_TYPE),
    }],
    rules: &[],
};

static SCRIPT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.Script",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecuteOperationOnScriptFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExecutionHandler",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9_\\-.]{3,128}|[a-zA-Z0-9_\\-.:/]{3,200}|[A-Z0-9_]+)$"),
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionHandlerService",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_SYSTEMS_MANAGER"]),
        },
        ::forma_core::schema::Property {
            name: "ExecutionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(120.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumRetryCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Stages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["POST", "PRE"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};

static CROSS_REGION_COPY_DEPRECATE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.CrossRegionCopyDeprecateRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Interval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};

static RETENTION_ARCHIVE_TIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DLM::LifecyclePolicy.RetentionArchiveTier",
    properties: &[
        ::forma_core::schema::Property {
            name: "Count",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntervalUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "WEEKS", "YEARS"]),
        },
    ],
    rules: &[],
};
