// @generated from AWS::EMR::InstanceGroupConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::InstanceGroupConfig` and its property types.

/// Resource Type definition for AWS::EMR::InstanceGroupConfig
///
/// CloudFormation type `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceGroupConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceGroupConfig {
    /// A new resource with its required properties: `InstanceCount`, `InstanceRole`, `InstanceType`, `JobFlowId`.
    #[track_caller]
    pub fn new(
        instance_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        job_flow_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, instance_count.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, instance_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, instance_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, job_flow_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AutoScalingPolicy`.
    #[track_caller]
    pub fn auto_scaling_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingPolicy>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BidPrice`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bid_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Configurations`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppConfiguration>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomAmiId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn custom_ami_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EbsConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbsConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Market`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn market(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InstanceGroupConfig {
    type Attributes = InstanceGroupConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::InstanceGroupConfig"
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
/// The attributes of a `AWS::EMR::InstanceGroupConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceGroupConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceGroupConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstanceGroupConfigAttributes {
    /// `Fn::GetAtt` `InstanceGroupId`.
    pub fn instance_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceGroupId")
    }
}

/// The `AutoScalingPolicy` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl AutoScalingPolicy {
    /// A new value with its required properties: `Constraints`, `Rules`.
    pub fn new(
        constraints: impl ::std::convert::Into<::forma_core::Value<ScalingConstraints>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScalingRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, constraints.into().into_expr());
        props.set(1, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoScalingPolicy> for ::forma_core::Value<AutoScalingPolicy> {
    fn from(v: AutoScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_POLICY_TYPE.properties))
    }
}

/// The `AppConfiguration` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfiguration {
    props: ::forma_core::schema::Props,
}
impl AppConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Classification`.
    pub fn classification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfigurationProperties`.
    pub fn configuration_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AppConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AppConfiguration> for ::forma_core::Value<AppConfiguration> {
    fn from(v: AppConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_CONFIGURATION_TYPE.properties))
    }
}

/// The `EbsConfiguration` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsConfiguration {
    props: ::forma_core::schema::Props,
}
impl EbsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EbsBlockDeviceConfigs`.
    pub fn ebs_block_device_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EbsBlockDeviceConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EbsOptimized`.
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EbsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsConfiguration> for ::forma_core::Value<EbsConfiguration> {
    fn from(v: EbsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_CONFIGURATION_TYPE.properties))
    }
}

/// The `ScalingConstraints` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConstraints {
    props: ::forma_core::schema::Props,
}
impl ScalingConstraints {
    /// A new value with its required properties: `MaxCapacity`, `MinCapacity`.
    pub fn new(
        max_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_capacity.into().into_expr());
        props.set(1, min_capacity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScalingConstraints> for ::forma_core::Value<ScalingConstraints> {
    fn from(v: ScalingConstraints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONSTRAINTS_TYPE.properties))
    }
}

/// The `ScalingRule` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingRule {
    props: ::forma_core::schema::Props,
}
impl ScalingRule {
    /// A new value with its required properties: `Action`, `Name`, `Trigger`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<ScalingAction>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        trigger: impl ::std::convert::Into<::forma_core::Value<ScalingTrigger>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, trigger.into().into_expr());
        Self { props }
    }
    /// `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScalingRule> for ::forma_core::Value<ScalingRule> {
    fn from(v: ScalingRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_RULE_TYPE.properties))
    }
}

/// The `EbsBlockDeviceConfig` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsBlockDeviceConfig {
    props: ::forma_core::schema::Props,
}
impl EbsBlockDeviceConfig {
    /// A new value with its required properties: `VolumeSpecification`.
    pub fn new(volume_specification: impl ::std::convert::Into<::forma_core::Value<VolumeSpecification>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, volume_specification.into().into_expr());
        Self { props }
    }
    /// Use of this property can confuse CloudFormation drift detection.
    pub fn volumes_per_instance(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EbsBlockDeviceConfig> for ::forma_core::Value<EbsBlockDeviceConfig> {
    fn from(v: EbsBlockDeviceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_BLOCK_DEVICE_CONFIG_TYPE.properties))
    }
}

/// The `ScalingAction` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingAction {
    props: ::forma_core::schema::Props,
}
impl ScalingAction {
    /// A new value with its required properties: `SimpleScalingPolicyConfiguration`.
    pub fn new(
        simple_scaling_policy_configuration: impl ::std::convert::Into<
            ::forma_core::Value<SimpleScalingPolicyConfiguration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, simple_scaling_policy_configuration.into().into_expr());
        Self { props }
    }
    /// `Market`.
    pub fn market(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScalingAction> for ::forma_core::Value<ScalingAction> {
    fn from(v: ScalingAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_ACTION_TYPE.properties))
    }
}

/// The `ScalingTrigger` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingTrigger {
    props: ::forma_core::schema::Props,
}
impl ScalingTrigger {
    /// A new value with its required properties: `CloudWatchAlarmDefinition`.
    pub fn new(
        cloud_watch_alarm_definition: impl ::std::convert::Into<::forma_core::Value<CloudWatchAlarmDefinition>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_alarm_definition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScalingTrigger> for ::forma_core::Value<ScalingTrigger> {
    fn from(v: ScalingTrigger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_TRIGGER_TYPE.properties))
    }
}

/// The `VolumeSpecification` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeSpecification {
    props: ::forma_core::schema::Props,
}
impl VolumeSpecification {
    /// A new value with its required properties: `SizeInGB`, `VolumeType`.
    pub fn new(
        size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
        volume_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, size_in_gb.into().into_expr());
        props.set(3, volume_type.into().into_expr());
        Self { props }
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Throughput`.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VolumeSpecification> for ::forma_core::Value<VolumeSpecification> {
    fn from(v: VolumeSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_SPECIFICATION_TYPE.properties))
    }
}

/// The `SimpleScalingPolicyConfiguration` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct SimpleScalingPolicyConfiguration {
    props: ::forma_core::schema::Props,
}
impl SimpleScalingPolicyConfiguration {
    /// A new value with its required properties: `ScalingAdjustment`.
    pub fn new(scaling_adjustment: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, scaling_adjustment.into().into_expr());
        Self { props }
    }
    /// `AdjustmentType`.
    pub fn adjustment_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CoolDown`.
    pub fn cool_down(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SimpleScalingPolicyConfiguration> for ::forma_core::Value<SimpleScalingPolicyConfiguration> {
    fn from(v: SimpleScalingPolicyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIMPLE_SCALING_POLICY_CONFIGURATION_TYPE.properties))
    }
}

/// The `CloudWatchAlarmDefinition` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchAlarmDefinition {
    props: ::forma_core::schema::Props,
}
impl CloudWatchAlarmDefinition {
    /// A new value with its required properties: `ComparisonOperator`, `MetricName`, `Period`, `Threshold`.
    pub fn new(
        comparison_operator: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        period: impl ::std::convert::Into<::forma_core::Value<i64>>,
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into().into_expr());
        props.set(3, metric_name.into().into_expr());
        props.set(5, period.into().into_expr());
        props.set(7, threshold.into().into_expr());
        Self { props }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDimension>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EvaluationPeriods`.
    pub fn evaluation_periods(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Namespace`.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Statistic`.
    pub fn statistic(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Unit`.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchAlarmDefinition> for ::forma_core::Value<CloudWatchAlarmDefinition> {
    fn from(v: CloudWatchAlarmDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_ALARM_DEFINITION_TYPE.properties))
    }
}

/// The `MetricDimension` property type of `AWS::EMR::InstanceGroupConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDimension {
    props: ::forma_core::schema::Props,
}
impl MetricDimension {
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
impl ::std::convert::From<MetricDimension> for ::forma_core::Value<MetricDimension> {
    fn from(v: MetricDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DIMENSION_TYPE.properties))
    }
}

/// The schema of `AWS::EMR::InstanceGroupConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::InstanceGroupConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BidPrice",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APP_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomAmiId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&EBS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JobFlowId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Market",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["InstanceGroupId"],
};

static AUTO_SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.AutoScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Constraints",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONSTRAINTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCALING_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static APP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.AppConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APP_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EBS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.EbsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EbsBlockDeviceConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EBS_BLOCK_DEVICE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EbsOptimized",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SCALING_CONSTRAINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.ScalingConstraints",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SCALING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.ScalingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Trigger",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_TRIGGER_TYPE),
        },
    ],
    rules: &[],
};

static EBS_BLOCK_DEVICE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.EbsBlockDeviceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "VolumeSpecification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VOLUME_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VolumesPerInstance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SCALING_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.ScalingAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Market",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SimpleScalingPolicyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIMPLE_SCALING_POLICY_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SCALING_TRIGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.ScalingTrigger",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchAlarmDefinition",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_ALARM_DEFINITION_TYPE),
    }],
    rules: &[],
};

static VOLUME_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.VolumeSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SizeInGB",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Throughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SIMPLE_SCALING_POLICY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::InstanceGroupConfig.SimpleScalingPolicyConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AdjustmentType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "CoolDown",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "ScalingAdjustment",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static CLOUD_WATCH_ALARM_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.CloudWatchAlarmDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DIMENSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EvaluationPeriods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static METRIC_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceGroupConfig.MetricDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
