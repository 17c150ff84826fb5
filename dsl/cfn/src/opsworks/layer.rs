// @generated from AWS::OpsWorks::Layer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpsWorks::Layer` and its property types.

/// Resource Type definition for AWS::OpsWorks::Layer
///
/// CloudFormation type `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    props: ::forma_core::schema::Props,
}
impl Layer {
    /// A new resource with its required properties: `AutoAssignElasticIps`, `AutoAssignPublicIps`, `EnableAutoHealing`, `Name`, `Shortname`, `StackId`, `Type`.
    #[track_caller]
    pub fn new(
        auto_assign_elastic_ips: impl ::std::convert::Into<::forma_core::Value<bool>>,
        auto_assign_public_ips: impl ::std::convert::Into<::forma_core::Value<bool>>,
        enable_auto_healing: impl ::std::convert::Into<::forma_core::Value<bool>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        shortname: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stack_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, auto_assign_elastic_ips.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, auto_assign_public_ips.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, enable_auto_healing.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, shortname.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, stack_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(16, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Attributes`.
    #[track_caller]
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomInstanceProfileArn`.
    #[track_caller]
    pub fn custom_instance_profile_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomJson`.
    #[track_caller]
    pub fn custom_json(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomRecipes`.
    #[track_caller]
    pub fn custom_recipes(mut self, value: impl ::std::convert::Into<::forma_core::Value<Recipes>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomSecurityGroupIds`.
    #[track_caller]
    pub fn custom_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InstallUpdatesOnBoot`.
    #[track_caller]
    pub fn install_updates_on_boot(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LifecycleEventConfiguration`.
    #[track_caller]
    pub fn lifecycle_event_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LifecycleEventConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoadBasedAutoScaling`.
    #[track_caller]
    pub fn load_based_auto_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoadBasedAutoScaling>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Packages`.
    #[track_caller]
    pub fn packages(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseEbsOptimizedInstances`.
    #[track_caller]
    pub fn use_ebs_optimized_instances(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VolumeConfigurations`.
    #[track_caller]
    pub fn volume_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VolumeConfiguration>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Layer {
    type Attributes = LayerAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpsWorks::Layer"
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
/// The attributes of a `AWS::OpsWorks::Layer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LayerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LayerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LayerAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Recipes` property type of `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipes {
    props: ::forma_core::schema::Props,
}
impl Recipes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Configure`.
    pub fn configure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Deploy`.
    pub fn deploy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Setup`.
    pub fn setup(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Shutdown`.
    pub fn shutdown(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Undeploy`.
    pub fn undeploy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Recipes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Recipes> for ::forma_core::Value<Recipes> {
    fn from(v: Recipes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECIPES_TYPE.properties))
    }
}

/// The `LifecycleEventConfiguration` property type of `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleEventConfiguration {
    props: ::forma_core::schema::Props,
}
impl LifecycleEventConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ShutdownEventConfiguration`.
    pub fn shutdown_event_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ShutdownEventConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LifecycleEventConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LifecycleEventConfiguration> for ::forma_core::Value<LifecycleEventConfiguration> {
    fn from(v: LifecycleEventConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_EVENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `LoadBasedAutoScaling` property type of `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBasedAutoScaling {
    props: ::forma_core::schema::Props,
}
impl LoadBasedAutoScaling {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DownScaling`.
    pub fn down_scaling(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingThresholds>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enable`.
    pub fn enable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UpScaling`.
    pub fn up_scaling(mut self, value: impl ::std::convert::Into<::forma_core::Value<AutoScalingThresholds>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBasedAutoScaling {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBasedAutoScaling> for ::forma_core::Value<LoadBasedAutoScaling> {
    fn from(v: LoadBasedAutoScaling) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BASED_AUTO_SCALING_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::OpsWorks::Layer`.
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

/// The `VolumeConfiguration` property type of `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeConfiguration {
    props: ::forma_core::schema::Props,
}
impl VolumeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Encrypted`.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MountPoint`.
    pub fn mount_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumberOfDisks`.
    pub fn number_of_disks(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RaidLevel`.
    pub fn raid_level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Size`.
    pub fn size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `VolumeType`.
    pub fn volume_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VolumeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VolumeConfiguration> for ::forma_core::Value<VolumeConfiguration> {
    fn from(v: VolumeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_CONFIGURATION_TYPE.properties))
    }
}

/// The `ShutdownEventConfiguration` property type of `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ShutdownEventConfiguration {
    props: ::forma_core::schema::Props,
}
impl ShutdownEventConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DelayUntilElbConnectionsDrained`.
    pub fn delay_until_elb_connections_drained(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExecutionTimeout`.
    pub fn execution_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ShutdownEventConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ShutdownEventConfiguration> for ::forma_core::Value<ShutdownEventConfiguration> {
    fn from(v: ShutdownEventConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SHUTDOWN_EVENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `AutoScalingThresholds` property type of `AWS::OpsWorks::Layer`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingThresholds {
    props: ::forma_core::schema::Props,
}
impl AutoScalingThresholds {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CpuThreshold`.
    pub fn cpu_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IgnoreMetricsTime`.
    pub fn ignore_metrics_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InstanceCount`.
    pub fn instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LoadThreshold`.
    pub fn load_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MemoryThreshold`.
    pub fn memory_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ThresholdsWaitTime`.
    pub fn thresholds_wait_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoScalingThresholds {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoScalingThresholds> for ::forma_core::Value<AutoScalingThresholds> {
    fn from(v: AutoScalingThresholds) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_THRESHOLDS_TYPE.properties))
    }
}

/// The schema of `AWS::OpsWorks::Layer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpsWorks::Layer",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "AutoAssignElasticIps",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoAssignPublicIps",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CustomInstanceProfileArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomJson",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CustomRecipes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECIPES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableAutoHealing",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstallUpdatesOnBoot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LifecycleEventConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_EVENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoadBasedAutoScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOAD_BASED_AUTO_SCALING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Packages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Shortname",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StackId",
            required: true,
            create_only: true,
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
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseEbsOptimizedInstances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VolumeConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VOLUME_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static RECIPES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.Recipes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Deploy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Setup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Shutdown",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Undeploy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static LIFECYCLE_EVENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.LifecycleEventConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ShutdownEventConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SHUTDOWN_EVENT_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static LOAD_BASED_AUTO_SCALING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.LoadBasedAutoScaling",
    properties: &[
        ::forma_core::schema::Property {
            name: "DownScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_THRESHOLDS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UpScaling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_THRESHOLDS_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.Tag",
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

static VOLUME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.VolumeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encrypted",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
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
            name: "MountPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumberOfDisks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RaidLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Size",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SHUTDOWN_EVENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.ShutdownEventConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DelayUntilElbConnectionsDrained",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExecutionTimeout",
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

static AUTO_SCALING_THRESHOLDS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Layer.AutoScalingThresholds",
    properties: &[
        ::forma_core::schema::Property {
            name: "CpuThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IgnoreMetricsTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LoadThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MemoryThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThresholdsWaitTime",
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
