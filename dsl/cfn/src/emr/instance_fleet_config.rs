// @generated from AWS::EMR::InstanceFleetConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::InstanceFleetConfig` and its property types.

/// Resource Type definition for AWS::EMR::InstanceFleetConfig
///
/// CloudFormation type `AWS::EMR::InstanceFleetConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFleetConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceFleetConfig {
    /// A new resource with its required properties: `ClusterId`, `InstanceFleetType`.
    #[track_caller]
    pub fn new(
        cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_fleet_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, instance_fleet_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// InstanceTypeConfigs determine the EC2 instances that Amazon EMR attempts to provision to fulfill On-Demand and Spot target capacities.
    #[track_caller]
    pub fn instance_type_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceTypeConfig>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The launch specification for the instance fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn launch_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceFleetProvisioningSpecifications>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The friendly name of the instance fleet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resize specification for the instance fleet.
    #[track_caller]
    pub fn resize_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceFleetResizingSpecifications>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The target capacity of On-Demand units for the instance fleet, which determines how many On-Demand instances to provision.
    #[track_caller]
    pub fn target_on_demand_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The target capacity of Spot units for the instance fleet, which determines how many Spot instances to provision.
    #[track_caller]
    pub fn target_spot_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InstanceFleetConfig {
    type Attributes = InstanceFleetConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::InstanceFleetConfig"
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
/// The attributes of a `AWS::EMR::InstanceFleetConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceFleetConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceFleetConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstanceFleetConfigAttributes {
    /// `Fn::GetAtt` `InstanceFleetId`.
    pub fn instance_fleet_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceFleetId")
    }
}

/// The configuration determines the EC2 instances Amazon EMR attempts to provision to fulfill On-Demand and Spot target capacities.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceTypeConfig {
    props: ::forma_core::schema::Props,
}
impl InstanceTypeConfig {
    /// A new value with its required properties: `InstanceType`.
    pub fn new(instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, instance_type.into().into_expr());
        Self { props }
    }
    /// The bid price for each Amazon EC2 Spot Instance type as defined by InstanceType.
    pub fn bid_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The bid price, as a percentage of On-Demand price, for each Amazon EC2 Spot Instance as defined by InstanceType.
    pub fn bid_price_as_percentage_of_on_demand_price(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An optional configuration specification to be used when provisioning cluster instances, which can include configurations for applications and software bundled with Amazon EMR.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ApplicationConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The custom AMI ID to use for the instance type.
    pub fn custom_ami_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The configuration of Amazon Elastic Block Store (Amazon EBS) attached to each instance as defined by InstanceType.
    pub fn ebs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbsConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The priority at which Amazon EMR launches the Amazon EC2 instances with this instance type.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The number of units that a provisioned instance of this type provides toward fulfilling the target capacities defined in InstanceFleetConfig.
    pub fn weighted_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceTypeConfig> for ::forma_core::Value<InstanceTypeConfig> {
    fn from(v: InstanceTypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_TYPE_CONFIG_TYPE.properties))
    }
}

/// InstanceTypeConfig determines the EC2 instances that Amazon EMR attempts to provision to fulfill On-Demand and Spot target capacities.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFleetProvisioningSpecifications {
    props: ::forma_core::schema::Props,
}
impl InstanceFleetProvisioningSpecifications {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The launch specification for On-Demand Instances in the instance fleet, which determines the allocation strategy.
    pub fn on_demand_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandProvisioningSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The launch specification for Spot instances in the fleet, which determines the defined duration, provisioning timeout behavior, and allocation strategy.
    pub fn spot_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpotProvisioningSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceFleetProvisioningSpecifications {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceFleetProvisioningSpecifications>
    for ::forma_core::Value<InstanceFleetProvisioningSpecifications>
{
    fn from(v: InstanceFleetProvisioningSpecifications) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_FLEET_PROVISIONING_SPECIFICATIONS_TYPE.properties))
    }
}

/// The `InstanceFleetResizingSpecifications` property type of `AWS::EMR::InstanceFleetConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFleetResizingSpecifications {
    props: ::forma_core::schema::Props,
}
impl InstanceFleetResizingSpecifications {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The resize specification for On-Demand Instances in the instance fleet, which contains the allocation strategy, capacity reservation options, and the resize timeout period.
    pub fn on_demand_resize_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandResizingSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The resize specification for Spot Instances in the instance fleet, which contains the allocation strategy and the resize timeout period.
    pub fn spot_resize_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SpotResizingSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceFleetResizingSpecifications {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceFleetResizingSpecifications>
    for ::forma_core::Value<InstanceFleetResizingSpecifications>
{
    fn from(v: InstanceFleetResizingSpecifications) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_FLEET_RESIZING_SPECIFICATIONS_TYPE.properties))
    }
}

/// Configuration specifies optional configurations for customizing open-source big data applications and environment parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApplicationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The classification within a configuration.
    pub fn classification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Within a configuration classification, a set of properties that represent the settings that you want to change in the configuration file.
    pub fn configuration_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of additional configurations to apply within a configuration object.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ApplicationConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationConfiguration> for ::forma_core::Value<ApplicationConfiguration> {
    fn from(v: ApplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// EbsConfiguration determines the EBS volumes to attach to EMR cluster instances.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsConfiguration {
    props: ::forma_core::schema::Props,
}
impl EbsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of Amazon EBS volume specifications attached to a cluster instance.
    pub fn ebs_block_device_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EbsBlockDeviceConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether an Amazon EBS volume is EBS-optimized.
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

/// The launch specification for On-Demand Instances in the instance fleet, which determines the allocation strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandProvisioningSpecification {
    props: ::forma_core::schema::Props,
}
impl OnDemandProvisioningSpecification {
    /// A new value with its required properties: `AllocationStrategy`.
    pub fn new(allocation_strategy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allocation_strategy.into().into_expr());
        Self { props }
    }
    /// `CapacityReservationOptions`.
    pub fn capacity_reservation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandCapacityReservationOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OnDemandProvisioningSpecification>
    for ::forma_core::Value<OnDemandProvisioningSpecification>
{
    fn from(v: OnDemandProvisioningSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_PROVISIONING_SPECIFICATION_TYPE.properties))
    }
}

/// SpotProvisioningSpecification determines the launch specification for Spot instances in the instance fleet, which includes the defined duration and provisioning timeout behavior.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotProvisioningSpecification {
    props: ::forma_core::schema::Props,
}
impl SpotProvisioningSpecification {
    /// A new value with its required properties: `TimeoutAction`, `TimeoutDurationMinutes`.
    pub fn new(
        timeout_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        timeout_duration_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, timeout_action.into().into_expr());
        props.set(3, timeout_duration_minutes.into().into_expr());
        Self { props }
    }
    /// Specifies one of the following strategies to launch Spot Instance fleets: price-capacity-optimized, capacity-optimized, lowest-price, or diversified
    pub fn allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The defined duration for Spot Instances (also known as Spot blocks) in minutes.
    pub fn block_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SpotProvisioningSpecification> for ::forma_core::Value<SpotProvisioningSpecification> {
    fn from(v: SpotProvisioningSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_PROVISIONING_SPECIFICATION_TYPE.properties))
    }
}

/// The `OnDemandResizingSpecification` property type of `AWS::EMR::InstanceFleetConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandResizingSpecification {
    props: ::forma_core::schema::Props,
}
impl OnDemandResizingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the allocation strategy to use to launch On-Demand instances during a resize.
    pub fn allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes the strategy for using unused Capacity Reservations for fulfilling On-Demand capacity.
    pub fn capacity_reservation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OnDemandCapacityReservationOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// On-Demand resize timeout in minutes.
    pub fn timeout_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnDemandResizingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnDemandResizingSpecification> for ::forma_core::Value<OnDemandResizingSpecification> {
    fn from(v: OnDemandResizingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_RESIZING_SPECIFICATION_TYPE.properties))
    }
}

/// The `SpotResizingSpecification` property type of `AWS::EMR::InstanceFleetConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpotResizingSpecification {
    props: ::forma_core::schema::Props,
}
impl SpotResizingSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the allocation strategy to use to launch Spot instances during a resize.
    pub fn allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Spot resize timeout in minutes.
    pub fn timeout_duration_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SpotResizingSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SpotResizingSpecification> for ::forma_core::Value<SpotResizingSpecification> {
    fn from(v: SpotResizingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPOT_RESIZING_SPECIFICATION_TYPE.properties))
    }
}

/// EbsBlockDeviceConfig defines the number and type of EBS volumes to associate with all EC2 instances in an EMR cluster.
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

/// The `OnDemandCapacityReservationOptions` property type of `AWS::EMR::InstanceFleetConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandCapacityReservationOptions {
    props: ::forma_core::schema::Props,
}
impl OnDemandCapacityReservationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates the instance's Capacity Reservation preferences.
    pub fn capacity_reservation_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the Capacity Reservation resource group in which to run the instance.
    pub fn capacity_reservation_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether to use unused Capacity Reservations for fulfilling On-Demand capacity.
    pub fn usage_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OnDemandCapacityReservationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OnDemandCapacityReservationOptions>
    for ::forma_core::Value<OnDemandCapacityReservationOptions>
{
    fn from(v: OnDemandCapacityReservationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE.properties))
    }
}

/// VolumeSpecification is a subproperty of the EbsBlockDeviceConfig property type.
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
    /// The number of I/O operations per second (IOPS) that the volume supports.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The throughput, in mebibyte per second (MiB/s).
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

/// The schema of `AWS::EMR::InstanceFleetConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::InstanceFleetConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceFleetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceTypeConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_TYPE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LaunchSpecifications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_FLEET_PROVISIONING_SPECIFICATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResizeSpecifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_FLEET_RESIZING_SPECIFICATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetOnDemandCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetSpotCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["InstanceFleetId"],
};

static INSTANCE_TYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.InstanceTypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BidPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BidPriceAsPercentageOfOnDemandPrice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APPLICATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomAmiId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EbsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WeightedCapacity",
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

static INSTANCE_FLEET_PROVISIONING_SPECIFICATIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::InstanceFleetConfig.InstanceFleetProvisioningSpecifications",
        properties: &[
            ::forma_core::schema::Property {
                name: "OnDemandSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_PROVISIONING_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SpotSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SPOT_PROVISIONING_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static INSTANCE_FLEET_RESIZING_SPECIFICATIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::InstanceFleetConfig.InstanceFleetResizingSpecifications",
        properties: &[
            ::forma_core::schema::Property {
                name: "OnDemandResizeSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_RESIZING_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SpotResizeSpecification",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SPOT_RESIZING_SPECIFICATION_TYPE),
            },
        ],
        rules: &[],
    };

static APPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.ApplicationConfiguration",
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
                &::forma_core::schema::Shape::Object(&APPLICATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EBS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.EbsConfiguration",
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

static ON_DEMAND_PROVISIONING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::InstanceFleetConfig.OnDemandProvisioningSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllocationStrategy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationOptions",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE),
            },
        ],
        rules: &[],
    };

static SPOT_PROVISIONING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.SpotProvisioningSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BlockDurationMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutDurationMinutes",
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

static ON_DEMAND_RESIZING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.OnDemandResizingSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CapacityReservationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeoutDurationMinutes",
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

static SPOT_RESIZING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.SpotResizingSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocationStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutDurationMinutes",
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

static EBS_BLOCK_DEVICE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.EbsBlockDeviceConfig",
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

static ON_DEMAND_CAPACITY_RESERVATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMR::InstanceFleetConfig.OnDemandCapacityReservationOptions",
        properties: &[
            ::forma_core::schema::Property {
                name: "CapacityReservationPreference",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "CapacityReservationResourceGroupArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "UsageStrategy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static VOLUME_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::InstanceFleetConfig.VolumeSpecification",
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
