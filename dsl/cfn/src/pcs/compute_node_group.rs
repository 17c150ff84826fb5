// @generated from AWS::PCS::ComputeNodeGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCS::ComputeNodeGroup` and its property types.

/// AWS::PCS::ComputeNodeGroup resource creates an AWS PCS compute node group.
///
/// CloudFormation type `AWS::PCS::ComputeNodeGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeNodeGroup {
    props: ::forma_core::schema::Props,
}
impl ComputeNodeGroup {
    /// A new resource with its required properties: `ClusterId`, `IamInstanceProfileArn`, `InstanceConfigs`, `ScalingConfiguration`, `SubnetIds`.
    #[track_caller]
    pub fn new(
        cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        iam_instance_profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_configs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceConfig>>>,
        scaling_configuration: impl ::std::convert::Into<::forma_core::Value<ScalingConfiguration>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, cluster_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, iam_instance_profile_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, instance_configs.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, scaling_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the Amazon Machine Image (AMI) that AWS PCS uses to launch instances.
    #[track_caller]
    pub fn ami_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An Amazon EC2 launch template AWS PCS uses to launch compute nodes.
    #[track_caller]
    pub fn custom_launch_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomLaunchTemplate>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name that identifies the compute node group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Custom scripts that run at defined points in a compute node's lifecycle.
    #[track_caller]
    pub fn node_lifecycle_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NodeLifecycleActions>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies how EC2 instances are purchased on your behalf.
    #[track_caller]
    pub fn purchase_option(mut self, value: impl ::forma_core::schema::EnumArg<PurchaseOption>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional options related to the Slurm scheduler.
    #[track_caller]
    pub fn slurm_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlurmConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional configuration when you specify SPOT as the purchase option.
    #[track_caller]
    pub fn spot_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SpotOptions>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// 1 or more tags added to the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ComputeNodeGroup {
    type Attributes = ComputeNodeGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCS::ComputeNodeGroup"
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
/// The attributes of a `AWS::PCS::ComputeNodeGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComputeNodeGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComputeNodeGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComputeNodeGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ErrorInfo`.
    pub fn error_info(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ErrorInfo")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `ONDEMAND`, `SPOT`, `CAPACITY_BLOCK`, `INTERRUPTIBLE_CAPACITY_RESERVATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PurchaseOption {
    /// `ONDEMAND`
    Ondemand,
    /// `SPOT`
    Spot,
    /// `CAPACITY_BLOCK`
    CapacityBlock,
    /// `INTERRUPTIBLE_CAPACITY_RESERVATION`
    InterruptibleCapacityReservation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PurchaseOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ondemand => "ONDEMAND",
            Self::Spot => "SPOT",
            Self::CapacityBlock => "CAPACITY_BLOCK",
            Self::InterruptibleCapacityReservation => "INTERRUPTIBLE_CAPACITY_RESERVATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONDEMAND", "SPOT", "CAPACITY_BLOCK", "INTERRUPTIBLE_CAPACITY_RESERVATION"]
    }
}
impl ::std::convert::From<PurchaseOption> for ::forma_core::Value<PurchaseOption> {
    fn from(v: PurchaseOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PurchaseOption {}

/// An Amazon EC2 launch template AWS PCS uses to launch compute nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomLaunchTemplate {
    props: ::forma_core::schema::Props,
}
impl CustomLaunchTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the EC2 launch template to use to provision instances.
    pub fn template_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The version of the EC2 launch template to use to provision instances.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomLaunchTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomLaunchTemplate> for ::forma_core::Value<CustomLaunchTemplate> {
    fn from(v: CustomLaunchTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_LAUNCH_TEMPLATE_TYPE.properties))
    }
}

/// An EC2 instance configuration AWS PCS uses to launch compute nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The EC2 instance type that AWS PCS can provision in the compute node group.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceConfig> for ::forma_core::Value<InstanceConfig> {
    fn from(v: InstanceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CACHE_ONCE`, `REFRESH_ON_REBOOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScriptCachingPolicy {
    /// `CACHE_ONCE`
    CacheOnce,
    /// `REFRESH_ON_REBOOT`
    RefreshOnReboot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScriptCachingPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CacheOnce => "CACHE_ONCE",
            Self::RefreshOnReboot => "REFRESH_ON_REBOOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CACHE_ONCE", "REFRESH_ON_REBOOT"]
    }
}
impl ::std::convert::From<ScriptCachingPolicy> for ::forma_core::Value<ScriptCachingPolicy> {
    fn from(v: ScriptCachingPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScriptCachingPolicy {}

/// Custom scripts that run at defined points in a compute node's lifecycle.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeLifecycleActions {
    props: ::forma_core::schema::Props,
}
impl NodeLifecycleActions {
    /// A new value with its required properties: `Stages`.
    pub fn new(stages: impl ::std::convert::Into<::forma_core::Value<NodeLifecycleStages>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, stages.into().into_expr());
        Self { props }
    }
    /// Controls whether lifecycle scripts are downloaded once at first boot (CACHE_ONCE) or re-downloaded on every reboot (REFRESH_ON_REBOOT).
    pub fn script_caching_policy(mut self, value: impl ::forma_core::schema::EnumArg<ScriptCachingPolicy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<NodeLifecycleActions> for ::forma_core::Value<NodeLifecycleActions> {
    fn from(v: NodeLifecycleActions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_LIFECYCLE_ACTIONS_TYPE.properties))
    }
}

/// Specifies the boundaries of the compute node group auto scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScalingConfiguration {
    /// A new value with its required properties: `MaxInstanceCount`, `MinInstanceCount`.
    pub fn new(
        max_instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_instance_count.into().into_expr());
        props.set(1, min_instance_count.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScalingConfiguration> for ::forma_core::Value<ScalingConfiguration> {
    fn from(v: ScalingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONFIGURATION_TYPE.properties))
    }
}

/// Additional options related to the Slurm scheduler.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmConfiguration {
    props: ::forma_core::schema::Props,
}
impl SlurmConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional Slurm gres.conf records for the compute node group.
    pub fn gres_custom_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time before an idle node is scaled down.
    ///
    /// Allowed: 1 to 10000000.
    pub fn scale_down_idle_time_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Additional Slurm-specific configuration that directly maps to Slurm settings.
    pub fn slurm_custom_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlurmCustomSetting>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlurmConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlurmConfiguration> for ::forma_core::Value<SlurmConfiguration> {
    fn from(v: SlurmConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `lowest-price`, `capacity-optimized`, `price-capacity-optimized`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllocationStrategy {
    /// `lowest-price`
    LowestPrice,
    /// `capacity-optimized`
    CapacityOptimized,
    /// `price-capacity-optimized`
    PriceCapacityOptimized,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllocationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowestPrice => "lowest-price",
            Self::CapacityOptimized => "capacity-optimized",
            Self::PriceCapacityOptimized => "price-capacity-optimized",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["lowest-price", "capacity-optimized", "price-capacity-optimized"]
    }
}
impl ::std::convert::From<AllocationStrategy> for ::forma_core::Value<AllocationStrategy> {
    fn from(v: AllocationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllocationStrategy {}

/// Additional configuration when you specify SPOT as the purchase option.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotOptions {
    props: ::forma_core::schema::Props,
}
impl SpotOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon EC2 allocation strategy AWS PCS uses to provision EC2 instances.
    pub fn allocation_strategy(mut self, value: impl ::forma_core::schema::EnumArg<AllocationStrategy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SpotOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotOptions> for ::forma_core::Value<SpotOptions> {
    fn from(v: SpotOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_OPTIONS_TYPE.properties))
    }
}

/// The ordered scripts to run at each compute node lifecycle stage.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeLifecycleStages {
    props: ::forma_core::schema::Props,
}
impl NodeLifecycleStages {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Scripts to run after the node is bootstrapped, once the PCS configuration phase completes and before slurmd starts.
    pub fn node_bootstrapped(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeLifecycleScript>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Scripts to execute when the node becomes ready (every boot).
    pub fn node_ready(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeLifecycleScript>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeLifecycleStages {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeLifecycleStages> for ::forma_core::Value<NodeLifecycleStages> {
    fn from(v: NodeLifecycleStages) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_LIFECYCLE_STAGES_TYPE.properties))
    }
}

/// Additional settings that directly map to Slurm settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmCustomSetting {
    props: ::forma_core::schema::Props,
}
impl SlurmCustomSetting {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlurmCustomSetting> for ::forma_core::Value<SlurmCustomSetting> {
    fn from(v: SlurmCustomSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_CUSTOM_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FIRST_BOOT_ONLY`, `EVERY_BOOT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExecutionPolicy {
    /// `FIRST_BOOT_ONLY`
    FirstBootOnly,
    /// `EVERY_BOOT`
    EveryBoot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExecutionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FirstBootOnly => "FIRST_BOOT_ONLY",
            Self::EveryBoot => "EVERY_BOOT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIRST_BOOT_ONLY", "EVERY_BOOT"]
    }
}
impl ::std::convert::From<ExecutionPolicy> for ::forma_core::Value<ExecutionPolicy> {
    fn from(v: ExecutionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExecutionPolicy {}

/// The values CloudFormation documents: `TERMINATE`, `STOP_SEQUENCE`, `CONTINUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnError {
    /// `TERMINATE`
    Terminate,
    /// `STOP_SEQUENCE`
    StopSequence,
    /// `CONTINUE`
    Continue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OnError {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Terminate => "TERMINATE",
            Self::StopSequence => "STOP_SEQUENCE",
            Self::Continue => "CONTINUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TERMINATE", "STOP_SEQUENCE", "CONTINUE"]
    }
}
impl ::std::convert::From<OnError> for ::forma_core::Value<OnError> {
    fn from(v: OnError) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OnError {}

/// A single lifecycle script with its source, arguments, and error behavior.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeLifecycleScript {
    props: ::forma_core::schema::Props,
}
impl NodeLifecycleScript {
    /// A new value with its required properties: `Name`, `ScriptSource`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        script_source: impl ::std::convert::Into<::forma_core::Value<ScriptSource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        props.set(4, script_source.into().into_expr());
        Self { props }
    }
    /// An ordered list of arguments passed to the script.
    pub fn arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether the script runs only on the node's first boot (FIRST_BOOT_ONLY) or on every boot including reboots (EVERY_BOOT).
    pub fn execution_policy(mut self, value: impl ::forma_core::schema::EnumArg<ExecutionPolicy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The behavior when the script exits with an error.
    pub fn on_error(mut self, value: impl ::forma_core::schema::EnumArg<OnError>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<NodeLifecycleScript> for ::forma_core::Value<NodeLifecycleScript> {
    fn from(v: NodeLifecycleScript) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_LIFECYCLE_SCRIPT_TYPE.properties))
    }
}

/// The external location of a lifecycle script.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptSource {
    props: ::forma_core::schema::Props,
}
impl ScriptSource {
    /// A new value with its required properties: `ScriptLocation`.
    pub fn new(script_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, script_location.into().into_expr());
        Self { props }
    }
    /// A 64-character hexadecimal SHA-256 digest used to verify script integrity.
    ///
    /// Allowed: length 64 to 64.
    pub fn checksum(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The S3 object version ID of the script, when stored in a versioned bucket.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_version_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScriptSource> for ::forma_core::Value<ScriptSource> {
    fn from(v: ScriptSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRIPT_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::PCS::ComputeNodeGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PCS::ComputeNodeGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmiId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^ami-[a-z0-9]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomLaunchTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_LAUNCH_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IamInstanceProfileArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([a-zA-Z-]{0,10})?:iam::[0-9]{12}:instance-profile/.{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceConfigs",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NodeLifecycleActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_LIFECYCLE_ACTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PurchaseOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ONDEMAND",
                "SPOT",
                "CAPACITY_BLOCK",
                "INTERRUPTIBLE_CAPACITY_RESERVATION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ScalingConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlurmConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLURM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpotOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SPOT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Arn", "ErrorInfo", "Id", "Status"],
};

static CUSTOM_LAUNCH_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.CustomLaunchTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "TemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INSTANCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.InstanceConfig",
    properties: &[::forma_core::schema::Property {
        name: "InstanceType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static NODE_LIFECYCLE_ACTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.NodeLifecycleActions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScriptCachingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CACHE_ONCE", "REFRESH_ON_REBOOT"]),
        },
        ::forma_core::schema::Property {
            name: "Stages",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_LIFECYCLE_STAGES_TYPE),
        },
    ],
    rules: &[],
};

static SCALING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.ScalingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxInstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinInstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SLURM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.SlurmConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GresCustomSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScaleDownIdleTimeInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlurmCustomSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLURM_CUSTOM_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SPOT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.SpotOptions",
    properties: &[::forma_core::schema::Property {
        name: "AllocationStrategy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["lowest-price", "capacity-optimized", "price-capacity-optimized"]),
    }],
    rules: &[],
};

static NODE_LIFECYCLE_STAGES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.NodeLifecycleStages",
    properties: &[
        ::forma_core::schema::Property {
            name: "NodeBootstrapped",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_LIFECYCLE_SCRIPT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NodeReady",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_LIFECYCLE_SCRIPT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static SLURM_CUSTOM_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.SlurmCustomSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NODE_LIFECYCLE_SCRIPT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.NodeLifecycleScript",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExecutionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FIRST_BOOT_ONLY", "EVERY_BOOT"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9 _-]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnError",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TERMINATE", "STOP_SEQUENCE", "CONTINUE"]),
        },
        ::forma_core::schema::Property {
            name: "ScriptSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCRIPT_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static SCRIPT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::ComputeNodeGroup.ScriptSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Checksum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-fA-F0-9]{64}$"),
                min_length: Some(64),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScriptLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+|https://.+)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
