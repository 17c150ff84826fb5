// @generated from AWS::SageMaker::InferenceComponent (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::InferenceComponent` and its property types.

/// Resource Type definition for AWS::SageMaker::InferenceComponent
///
/// CloudFormation type `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponent {
    props: ::forma_core::schema::Props,
}
impl InferenceComponent {
    /// A new resource with its required properties: `EndpointName`.
    ///
    /// CloudFormation also needs exactly one of `Specification` or `Specifications`.
    #[track_caller]
    pub fn new(endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The deployment config for the inference component
    #[track_caller]
    pub fn deployment_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentDeploymentConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the endpoint the inference component is associated with
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn endpoint_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the inference component
    ///
    /// Allowed: length 0 to 63.
    #[track_caller]
    pub fn inference_component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The runtime config for the inference component
    #[track_caller]
    pub fn runtime_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentRuntimeConfig>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The specification for the inference component, for an endpoint with a single instance type.
    #[track_caller]
    pub fn specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentSpecification>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of specification objects for the inference component, one per instance type.
    #[track_caller]
    pub fn specifications(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<InferenceComponentSpecificationForInstanceType>>,
        >,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of tags to apply to the resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the endpoint variant the inference component is associated with
    ///
    /// Allowed: length 0 to 63.
    #[track_caller]
    pub fn variant_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InferenceComponent {
    type Attributes = InferenceComponentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::InferenceComponent"
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
/// The attributes of a `AWS::SageMaker::InferenceComponent` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InferenceComponentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InferenceComponentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InferenceComponentAttributes {
    /// `Fn::GetAtt` `InferenceComponentArn`.
    pub fn inference_component_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InferenceComponentArn")
    }
    /// `Fn::GetAtt` `Specification.Container.DeployedImage`.
    pub fn specification_container_deployed_image(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Specification.Container.DeployedImage")
    }
    /// `Fn::GetAtt` `Specification.CurrentDataCacheConfig`.
    pub fn specification_current_data_cache_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Specification.CurrentDataCacheConfig")
    }
    /// `Fn::GetAtt` `Specifications.*.CurrentDataCacheConfig`.
    pub fn specifications_current_data_cache_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Specifications.*.CurrentDataCacheConfig")
    }
    /// `Fn::GetAtt` `RuntimeConfig.DesiredCopyCount`.
    pub fn runtime_config_desired_copy_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RuntimeConfig.DesiredCopyCount")
    }
    /// `Fn::GetAtt` `RuntimeConfig.CurrentCopyCount`.
    pub fn runtime_config_current_copy_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RuntimeConfig.CurrentCopyCount")
    }
    /// `Fn::GetAtt` `RuntimeConfig.PlacementStatus`.
    pub fn runtime_config_placement_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RuntimeConfig.PlacementStatus")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `InferenceComponentStatus`.
    pub fn inference_component_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InferenceComponentStatus")
    }
}

/// The deployment config for the inference component
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentDeploymentConfig {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentDeploymentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoRollbackConfiguration`.
    pub fn auto_rollback_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoRollbackConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The rolling update policy for the inference component
    pub fn rolling_update_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentRollingUpdatePolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentDeploymentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentDeploymentConfig>
    for ::forma_core::Value<InferenceComponentDeploymentConfig>
{
    fn from(v: InferenceComponentDeploymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_DEPLOYMENT_CONFIG_TYPE.properties))
    }
}

/// The runtime config for the inference component
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentRuntimeConfig {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentRuntimeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of copies for the inference component
    ///
    /// Allowed: at least 0.
    pub fn copy_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of copies for the inference component
    ///
    /// Allowed: at least 0.
    pub fn current_copy_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of copies for the inference component
    ///
    /// Allowed: at least 0.
    pub fn desired_copy_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The placement status of the inference component across instance types
    pub fn placement_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InferenceComponentPlacementStatus>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentRuntimeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentRuntimeConfig> for ::forma_core::Value<InferenceComponentRuntimeConfig> {
    fn from(v: InferenceComponentRuntimeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_RUNTIME_CONFIG_TYPE.properties))
    }
}

/// The specification for the inference component, for an endpoint with a single instance type.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentSpecification {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the base inference component
    ///
    /// Allowed: length 0 to 63.
    pub fn base_inference_component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ComputeResourceRequirements`.
    pub fn compute_resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentComputeResourceRequirements>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Container`.
    pub fn container(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentContainerSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The data caching configuration actually in effect, including a value the service chose rather than the template: SageMaker enables caching automatically on instance types with more than 232 GiB of local NVMe storage, whether or not DataCacheConfig was set.
    pub fn current_data_cache_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentDataCacheConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Settings that affect how the inference component caches data
    pub fn data_cache_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentDataCacheConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the model to use with the inference component
    ///
    /// Allowed: length 0 to 63.
    pub fn model_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The scheduling configuration that determines how inference component copies are placed across available instances
    pub fn scheduling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentSchedulingConfig>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `StartupParameters`.
    pub fn startup_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentStartupParameters>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentSpecification> for ::forma_core::Value<InferenceComponentSpecification> {
    fn from(v: InferenceComponentSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_SPECIFICATION_TYPE.properties))
    }
}

/// A specification for one instance type, for use in Specifications.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentSpecificationForInstanceType {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentSpecificationForInstanceType {
    /// A new value with its required properties: `InstanceType`.
    pub fn new(instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, instance_type.into().into_expr());
        Self { props }
    }
    /// `ComputeResourceRequirements`.
    pub fn compute_resource_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentComputeResourceRequirements>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Container specification for one Specifications entry.
    pub fn container(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentContainerSpecificationForInstanceType>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The data caching configuration actually in effect for this instance type, including a value the service chose rather than the template: SageMaker enables caching automatically on instance types with more than 232 GiB of local NVMe storage, whether or not DataCacheConfig was set.
    pub fn current_data_cache_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentDataCacheConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Settings that affect how the inference component caches data
    pub fn data_cache_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentDataCacheConfig>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the model to use with the inference component
    ///
    /// Allowed: length 0 to 63.
    pub fn model_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The scheduling configuration that determines how inference component copies are placed across available instances
    pub fn scheduling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentSchedulingConfig>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `StartupParameters`.
    pub fn startup_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentStartupParameters>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InferenceComponentSpecificationForInstanceType>
    for ::forma_core::Value<InferenceComponentSpecificationForInstanceType>
{
    fn from(v: InferenceComponentSpecificationForInstanceType) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INFERENCE_COMPONENT_SPECIFICATION_FOR_INSTANCE_TYPE_TYPE.properties),
        )
    }
}

/// A tag in the form of a key-value pair to associate with the resource
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

/// The `AutoRollbackConfiguration` property type of `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoRollbackConfiguration {
    props: ::forma_core::schema::Props,
}
impl AutoRollbackConfiguration {
    /// A new value with its required properties: `Alarms`.
    pub fn new(alarms: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Alarm>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoRollbackConfiguration> for ::forma_core::Value<AutoRollbackConfiguration> {
    fn from(v: AutoRollbackConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_ROLLBACK_CONFIGURATION_TYPE.properties))
    }
}

/// The rolling update policy for the inference component
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentRollingUpdatePolicy {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentRollingUpdatePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Capacity size configuration for the inference component
    pub fn maximum_batch_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentCapacitySize>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumExecutionTimeoutInSeconds`.
    ///
    /// Allowed: 600 to 28800.
    pub fn maximum_execution_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Capacity size configuration for the inference component
    pub fn rollback_maximum_batch_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceComponentCapacitySize>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `WaitIntervalInSeconds`.
    ///
    /// Allowed: 0 to 3600.
    pub fn wait_interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentRollingUpdatePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentRollingUpdatePolicy>
    for ::forma_core::Value<InferenceComponentRollingUpdatePolicy>
{
    fn from(v: InferenceComponentRollingUpdatePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_ROLLING_UPDATE_POLICY_TYPE.properties))
    }
}

/// The number of inference component copies currently placed on instances of a given type
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentPlacementStatus {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentPlacementStatus {
    /// A new value with its required properties: `CurrentCopyCount`, `InstanceType`.
    pub fn new(
        current_copy_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, current_copy_count.into().into_expr());
        props.set(1, instance_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceComponentPlacementStatus>
    for ::forma_core::Value<InferenceComponentPlacementStatus>
{
    fn from(v: InferenceComponentPlacementStatus) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_PLACEMENT_STATUS_TYPE.properties))
    }
}

/// The `InferenceComponentComputeResourceRequirements` property type of `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentComputeResourceRequirements {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentComputeResourceRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MaxMemoryRequiredInMb`.
    ///
    /// Allowed: at least 128.
    pub fn max_memory_required_in_mb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MinMemoryRequiredInMb`.
    ///
    /// Allowed: at least 128.
    pub fn min_memory_required_in_mb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NumberOfAcceleratorDevicesRequired`.
    ///
    /// Allowed: at least 1.
    pub fn number_of_accelerator_devices_required(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NumberOfCpuCoresRequired`.
    ///
    /// Allowed: at least 0.25.
    pub fn number_of_cpu_cores_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentComputeResourceRequirements {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentComputeResourceRequirements>
    for ::forma_core::Value<InferenceComponentComputeResourceRequirements>
{
    fn from(v: InferenceComponentComputeResourceRequirements) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INFERENCE_COMPONENT_COMPUTE_RESOURCE_REQUIREMENTS_TYPE.properties),
        )
    }
}

/// The `InferenceComponentContainerSpecification` property type of `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentContainerSpecification {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentContainerSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArtifactUrl`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn artifact_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for container metrics scraping
    pub fn container_metrics_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerMetricsConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DeployedImage`.
    pub fn deployed_image(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeployedImage>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Environment variables to specify on the container
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The image to use for the container that will be materialized for the inference component
    ///
    /// Allowed: length 0 to 255.
    pub fn image(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentContainerSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentContainerSpecification>
    for ::forma_core::Value<InferenceComponentContainerSpecification>
{
    fn from(v: InferenceComponentContainerSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_CONTAINER_SPECIFICATION_TYPE.properties))
    }
}

/// Settings that affect how the inference component caches data
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentDataCacheConfig {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentDataCacheConfig {
    /// A new value with its required properties: `EnableCaching`.
    pub fn new(enable_caching: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_caching.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceComponentDataCacheConfig>
    for ::forma_core::Value<InferenceComponentDataCacheConfig>
{
    fn from(v: InferenceComponentDataCacheConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_DATA_CACHE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SPREAD`, `BINPACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InferenceComponentPlacementStrategy {
    /// `SPREAD`
    Spread,
    /// `BINPACK`
    Binpack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InferenceComponentPlacementStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Spread => "SPREAD",
            Self::Binpack => "BINPACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SPREAD", "BINPACK"]
    }
}
impl ::std::convert::From<InferenceComponentPlacementStrategy>
    for ::forma_core::Value<InferenceComponentPlacementStrategy>
{
    fn from(v: InferenceComponentPlacementStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InferenceComponentPlacementStrategy {}

/// The scheduling configuration that determines how inference component copies are placed across available instances
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentSchedulingConfig {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentSchedulingConfig {
    /// A new value with its required properties: `AvailabilityZoneBalance`, `PlacementStrategy`.
    pub fn new(
        availability_zone_balance: impl ::std::convert::Into<::forma_core::Value<InferenceComponentAvailabilityZoneBalance>>,
        placement_strategy: impl ::forma_core::schema::EnumArg<InferenceComponentPlacementStrategy>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, availability_zone_balance.into().into_expr());
        props.set(1, placement_strategy.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceComponentSchedulingConfig>
    for ::forma_core::Value<InferenceComponentSchedulingConfig>
{
    fn from(v: InferenceComponentSchedulingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_SCHEDULING_CONFIG_TYPE.properties))
    }
}

/// The `InferenceComponentStartupParameters` property type of `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentStartupParameters {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentStartupParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContainerStartupHealthCheckTimeoutInSeconds`.
    ///
    /// Allowed: 60 to 3600.
    pub fn container_startup_health_check_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ModelDataDownloadTimeoutInSeconds`.
    ///
    /// Allowed: 60 to 3600.
    pub fn model_data_download_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentStartupParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentStartupParameters>
    for ::forma_core::Value<InferenceComponentStartupParameters>
{
    fn from(v: InferenceComponentStartupParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_STARTUP_PARAMETERS_TYPE.properties))
    }
}

/// Container specification for one Specifications entry.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentContainerSpecificationForInstanceType {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentContainerSpecificationForInstanceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ArtifactUrl`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn artifact_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for container metrics scraping
    pub fn container_metrics_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerMetricsConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Environment variables to specify on the container
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The image to use for the container that will be materialized for the inference component
    ///
    /// Allowed: length 0 to 255.
    pub fn image(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InferenceComponentContainerSpecificationForInstanceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InferenceComponentContainerSpecificationForInstanceType>
    for ::forma_core::Value<InferenceComponentContainerSpecificationForInstanceType>
{
    fn from(v: InferenceComponentContainerSpecificationForInstanceType) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INFERENCE_COMPONENT_CONTAINER_SPECIFICATION_FOR_INSTANCE_TYPE_TYPE.properties),
        )
    }
}

/// The `Alarm` property type of `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    props: ::forma_core::schema::Props,
}
impl Alarm {
    /// A new value with its required properties: `AlarmName`.
    pub fn new(alarm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Alarm> for ::forma_core::Value<Alarm> {
    fn from(v: Alarm) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `COPY_COUNT`, `CAPACITY_PERCENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InferenceComponentCapacitySizeType {
    /// `COPY_COUNT`
    CopyCount,
    /// `CAPACITY_PERCENT`
    CapacityPercent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InferenceComponentCapacitySizeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CopyCount => "COPY_COUNT",
            Self::CapacityPercent => "CAPACITY_PERCENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COPY_COUNT", "CAPACITY_PERCENT"]
    }
}
impl ::std::convert::From<InferenceComponentCapacitySizeType>
    for ::forma_core::Value<InferenceComponentCapacitySizeType>
{
    fn from(v: InferenceComponentCapacitySizeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InferenceComponentCapacitySizeType {}

/// Capacity size configuration for the inference component
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentCapacitySize {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentCapacitySize {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<InferenceComponentCapacitySizeType>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InferenceComponentCapacitySize> for ::forma_core::Value<InferenceComponentCapacitySize> {
    fn from(v: InferenceComponentCapacitySize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_CAPACITY_SIZE_TYPE.properties))
    }
}

/// The configuration for container metrics scraping
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerMetricsConfig {
    props: ::forma_core::schema::Props,
}
impl ContainerMetricsConfig {
    /// A new value with its required properties: `MetricsEndpoints`.
    pub fn new(
        metrics_endpoints: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricsEndpoint>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metrics_endpoints.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerMetricsConfig> for ::forma_core::Value<ContainerMetricsConfig> {
    fn from(v: ContainerMetricsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_METRICS_CONFIG_TYPE.properties))
    }
}

/// The `DeployedImage` property type of `AWS::SageMaker::InferenceComponent`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeployedImage {
    props: ::forma_core::schema::Props,
}
impl DeployedImage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResolutionTime`.
    pub fn resolution_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The image to use for the container that will be materialized for the inference component
    ///
    /// Allowed: length 0 to 255.
    pub fn resolved_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The image to use for the container that will be materialized for the inference component
    ///
    /// Allowed: length 0 to 255.
    pub fn specified_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeployedImage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeployedImage> for ::forma_core::Value<DeployedImage> {
    fn from(v: DeployedImage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYED_IMAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PERMISSIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailabilityZoneBalanceEnforcementMode {
    /// `PERMISSIVE`
    Permissive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AvailabilityZoneBalanceEnforcementMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Permissive => "PERMISSIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PERMISSIVE"]
    }
}
impl ::std::convert::From<AvailabilityZoneBalanceEnforcementMode>
    for ::forma_core::Value<AvailabilityZoneBalanceEnforcementMode>
{
    fn from(v: AvailabilityZoneBalanceEnforcementMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AvailabilityZoneBalanceEnforcementMode {}

/// Configuration for balancing inference component copies across Availability Zones
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceComponentAvailabilityZoneBalance {
    props: ::forma_core::schema::Props,
}
impl InferenceComponentAvailabilityZoneBalance {
    /// A new value with its required properties: `EnforcementMode`.
    pub fn new(enforcement_mode: impl ::forma_core::schema::EnumArg<AvailabilityZoneBalanceEnforcementMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enforcement_mode.into_enum_expr());
        Self { props }
    }
    /// The maximum allowed difference in the number of inference component copies between any two Availability Zones
    ///
    /// Allowed: 0 to 100.
    pub fn max_imbalance(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InferenceComponentAvailabilityZoneBalance>
    for ::forma_core::Value<InferenceComponentAvailabilityZoneBalance>
{
    fn from(v: InferenceComponentAvailabilityZoneBalance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_COMPONENT_AVAILABILITY_ZONE_BALANCE_TYPE.properties))
    }
}

/// A metrics endpoint exposed by the container
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsEndpoint {
    props: ::forma_core::schema::Props,
}
impl MetricsEndpoint {
    /// A new value with its required properties: `MetricsEndpointPath`.
    pub fn new(metrics_endpoint_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metrics_endpoint_path.into().into_expr());
        Self { props }
    }
    /// The interval, in seconds, at which container metrics scraped from the endpoint are published to Amazon CloudWatch.
    ///
    /// Allowed: 10 to 300.
    pub fn metric_publish_frequency_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MetricsEndpoint> for ::forma_core::Value<MetricsEndpoint> {
    fn from(v: MetricsEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_ENDPOINT_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::InferenceComponent`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::InferenceComponent",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_DEPLOYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "InferenceComponentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuntimeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_RUNTIME_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Specification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Specifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_SPECIFICATION_FOR_INSTANCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(5) },
            ),
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
        ::forma_core::schema::Property {
            name: "VariantName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Specification"], &["Specifications"]])],
    attributes: &[
        "InferenceComponentArn",
        "Specification.Container.DeployedImage",
        "Specification.CurrentDataCacheConfig",
        "Specifications.*.CurrentDataCacheConfig",
        "RuntimeConfig.DesiredCopyCount",
        "RuntimeConfig.CurrentCopyCount",
        "RuntimeConfig.PlacementStatus",
        "CreationTime",
        "LastModifiedTime",
        "FailureReason",
        "InferenceComponentStatus",
    ],
};

static INFERENCE_COMPONENT_DEPLOYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentDeploymentConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "AutoRollbackConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUTO_ROLLBACK_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RollingUpdatePolicy",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_ROLLING_UPDATE_POLICY_TYPE),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_RUNTIME_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentRuntimeConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "CopyCount",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "CurrentCopyCount",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "DesiredCopyCount",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "PlacementStatus",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_PLACEMENT_STATUS_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "BaseInferenceComponentName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(0),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "ComputeResourceRequirements",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_COMPUTE_RESOURCE_REQUIREMENTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Container",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_CONTAINER_SPECIFICATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "CurrentDataCacheConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_DATA_CACHE_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DataCacheConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_DATA_CACHE_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ModelName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(0),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "SchedulingConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_SCHEDULING_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StartupParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_STARTUP_PARAMETERS_TYPE),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_SPECIFICATION_FOR_INSTANCE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentSpecificationForInstanceType",
        properties: &[
            ::forma_core::schema::Property {
                name: "ComputeResourceRequirements",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_COMPUTE_RESOURCE_REQUIREMENTS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Container",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &INFERENCE_COMPONENT_CONTAINER_SPECIFICATION_FOR_INSTANCE_TYPE_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "CurrentDataCacheConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_DATA_CACHE_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DataCacheConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_DATA_CACHE_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "InstanceType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^ml\\..*"),
                    min_length: None,
                    max_length: Some(64),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(0),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "SchedulingConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_SCHEDULING_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "StartupParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_STARTUP_PARAMETERS_TYPE),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceComponent.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AUTO_ROLLBACK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceComponent.AutoRollbackConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Alarms",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ALARM_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static INFERENCE_COMPONENT_ROLLING_UPDATE_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentRollingUpdatePolicy",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaximumBatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_CAPACITY_SIZE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaximumExecutionTimeoutInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(600.0),
                    maximum: Some(28800.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "RollbackMaximumBatchSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_CAPACITY_SIZE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "WaitIntervalInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(3600.0),
                }),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_PLACEMENT_STATUS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentPlacementStatus",
        properties: &[
            ::forma_core::schema::Property {
                name: "CurrentCopyCount",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "InstanceType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^ml\\..*"),
                    min_length: None,
                    max_length: Some(64),
                }),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_COMPUTE_RESOURCE_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentComputeResourceRequirements",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxMemoryRequiredInMb",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(128.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "MinMemoryRequiredInMb",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(128.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "NumberOfAcceleratorDevicesRequired",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "NumberOfCpuCoresRequired",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.25),
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_CONTAINER_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentContainerSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "ArtifactUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "ContainerMetricsConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONTAINER_METRICS_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DeployedImage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DEPLOYED_IMAGE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Environment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("^[\\S\\s]*$"),
                        min_length: None,
                        max_length: Some(1024),
                    },
                )),
            },
            ::forma_core::schema::Property {
                name: "Image",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\S]+"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_DATA_CACHE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentDataCacheConfig",
        properties: &[::forma_core::schema::Property {
            name: "EnableCaching",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };

static INFERENCE_COMPONENT_SCHEDULING_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentSchedulingConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "AvailabilityZoneBalance",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INFERENCE_COMPONENT_AVAILABILITY_ZONE_BALANCE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PlacementStrategy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SPREAD", "BINPACK"]),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_STARTUP_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentStartupParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContainerStartupHealthCheckTimeoutInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(60.0),
                    maximum: Some(3600.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "ModelDataDownloadTimeoutInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(60.0),
                    maximum: Some(3600.0),
                }),
            },
        ],
        rules: &[],
    };

static INFERENCE_COMPONENT_CONTAINER_SPECIFICATION_FOR_INSTANCE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentContainerSpecificationForInstanceType",
        properties: &[
            ::forma_core::schema::Property {
                name: "ArtifactUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "ContainerMetricsConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONTAINER_METRICS_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Environment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::StringRule {
                        pattern: Some("^[\\S\\s]*$"),
                        min_length: None,
                        max_length: Some(1024),
                    },
                )),
            },
            ::forma_core::schema::Property {
                name: "Image",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\S]+"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
            },
        ],
        rules: &[],
    };

static ALARM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceComponent.Alarm",
    properties: &[::forma_core::schema::Property {
        name: "AlarmName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?!\\s*$).+"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static INFERENCE_COMPONENT_CAPACITY_SIZE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentCapacitySize",
        properties: &[
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["COPY_COUNT", "CAPACITY_PERCENT"]),
            },
            ::forma_core::schema::Property {
                name: "Value",
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

static CONTAINER_METRICS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceComponent.ContainerMetricsConfig",
    properties: &[::forma_core::schema::Property {
        name: "MetricsEndpoints",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&METRICS_ENDPOINT_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static DEPLOYED_IMAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceComponent.DeployedImage",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResolutionTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResolvedImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S]+"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpecifiedImage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S]+"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static INFERENCE_COMPONENT_AVAILABILITY_ZONE_BALANCE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::InferenceComponent.InferenceComponentAvailabilityZoneBalance",
        properties: &[
            ::forma_core::schema::Property {
                name: "EnforcementMode",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PERMISSIVE"]),
            },
            ::forma_core::schema::Property {
                name: "MaxImbalance",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };

static METRICS_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::InferenceComponent.MetricsEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricPublishFrequencyInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricsEndpointPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/(?!.*\\.\\.)[a-zA-Z0-9/_.\\-]+$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
