// @generated from AWS::SageMaker::Endpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Endpoint` and its property types.

/// Resource Type definition for AWS::SageMaker::Endpoint
///
/// CloudFormation type `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new resource with its required properties: `EndpointConfigName`.
    #[track_caller]
    pub fn new(endpoint_config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, endpoint_config_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies deployment configuration for updating the SageMaker endpoint.
    #[track_caller]
    pub fn deployment_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the SageMaker endpoint.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a list of variant properties that you want to exclude when updating an endpoint.
    #[track_caller]
    pub fn exclude_retained_variant_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VariantProperty>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When set to true, retains all variant properties for an endpoint when it is updated.
    #[track_caller]
    pub fn retain_all_variant_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When set to true, retains the deployment configuration during endpoint updates.
    #[track_caller]
    pub fn retain_deployment_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Endpoint {
    type Attributes = EndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Endpoint"
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
/// The attributes of a `AWS::SageMaker::Endpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAttributes {
    /// `Fn::GetAtt` `EndpointArn`.
    pub fn endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointArn")
    }
}

/// The `DeploymentConfig` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfig {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for automatic rollback if an error occurs during deployment.
    pub fn auto_rollback_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoRollbackConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for blue-green update deployment policies.
    pub fn blue_green_update_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BlueGreenUpdatePolicy>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Configuration for rolling update deployment policies.
    pub fn rolling_update_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RollingUpdatePolicy>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeploymentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeploymentConfig> for ::forma_core::Value<DeploymentConfig> {
    fn from(v: DeploymentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CONFIG_TYPE.properties))
    }
}

/// The `VariantProperty` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantProperty {
    props: ::forma_core::schema::Props,
}
impl VariantProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of variant property (e.g., 'DesiredInstanceCount', 'DesiredWeight', 'DataCaptureConfig').
    pub fn variant_property_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VariantProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VariantProperty> for ::forma_core::Value<VariantProperty> {
    fn from(v: VariantProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VARIANT_PROPERTY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Endpoint`.
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

/// The `AutoRollbackConfig` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoRollbackConfig {
    props: ::forma_core::schema::Props,
}
impl AutoRollbackConfig {
    /// A new value with its required properties: `Alarms`.
    pub fn new(alarms: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Alarm>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarms.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AutoRollbackConfig> for ::forma_core::Value<AutoRollbackConfig> {
    fn from(v: AutoRollbackConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_ROLLBACK_CONFIG_TYPE.properties))
    }
}

/// The `BlueGreenUpdatePolicy` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct BlueGreenUpdatePolicy {
    props: ::forma_core::schema::Props,
}
impl BlueGreenUpdatePolicy {
    /// A new value with its required properties: `TrafficRoutingConfiguration`.
    pub fn new(
        traffic_routing_configuration: impl ::std::convert::Into<::forma_core::Value<TrafficRoutingConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, traffic_routing_configuration.into().into_expr());
        Self { props }
    }
    /// The maximum time allowed for the blue/green update, in seconds.
    ///
    /// Allowed: 600 to 28800.
    pub fn maximum_execution_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The wait time before terminating the old endpoint during a blue/green deployment.
    ///
    /// Allowed: 0 to 3600.
    pub fn termination_wait_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BlueGreenUpdatePolicy> for ::forma_core::Value<BlueGreenUpdatePolicy> {
    fn from(v: BlueGreenUpdatePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLUE_GREEN_UPDATE_POLICY_TYPE.properties))
    }
}

/// The `RollingUpdatePolicy` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct RollingUpdatePolicy {
    props: ::forma_core::schema::Props,
}
impl RollingUpdatePolicy {
    /// A new value with its required properties: `MaximumBatchSize`, `WaitIntervalInSeconds`.
    pub fn new(
        maximum_batch_size: impl ::std::convert::Into<::forma_core::Value<CapacitySize>>,
        wait_interval_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum_batch_size.into().into_expr());
        props.set(3, wait_interval_in_seconds.into().into_expr());
        Self { props }
    }
    /// The maximum time allowed for the rolling update, in seconds.
    ///
    /// Allowed: 600 to 28800.
    pub fn maximum_execution_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum batch size for rollback during an update failure.
    pub fn rollback_maximum_batch_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacitySize>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RollingUpdatePolicy> for ::forma_core::Value<RollingUpdatePolicy> {
    fn from(v: RollingUpdatePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLLING_UPDATE_POLICY_TYPE.properties))
    }
}

/// The `Alarm` property type of `AWS::SageMaker::Endpoint`.
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

/// The values CloudFormation documents: `ALL_AT_ONCE`, `CANARY`, `LINEAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `ALL_AT_ONCE`
    AllAtOnce,
    /// `CANARY`
    Canary,
    /// `LINEAR`
    Linear,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAtOnce => "ALL_AT_ONCE",
            Self::Canary => "CANARY",
            Self::Linear => "LINEAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL_AT_ONCE", "CANARY", "LINEAR"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `TrafficRoutingConfig` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficRoutingConfig {
    props: ::forma_core::schema::Props,
}
impl TrafficRoutingConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Specifies the size of the canary traffic in a canary deployment.
    pub fn canary_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<CapacitySize>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the step size for linear traffic routing.
    pub fn linear_step_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<CapacitySize>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the wait interval between traffic shifts, in seconds.
    ///
    /// Allowed: 0 to 3600.
    pub fn wait_interval_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrafficRoutingConfig> for ::forma_core::Value<TrafficRoutingConfig> {
    fn from(v: TrafficRoutingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_ROUTING_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CAPACITY_PERCENT`, `INSTANCE_COUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CapacitySizeType {
    /// `CAPACITY_PERCENT`
    CapacityPercent,
    /// `INSTANCE_COUNT`
    InstanceCount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CapacitySizeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapacityPercent => "CAPACITY_PERCENT",
            Self::InstanceCount => "INSTANCE_COUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAPACITY_PERCENT", "INSTANCE_COUNT"]
    }
}
impl ::std::convert::From<CapacitySizeType> for ::forma_core::Value<CapacitySizeType> {
    fn from(v: CapacitySizeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CapacitySizeType {}

/// The `CapacitySize` property type of `AWS::SageMaker::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacitySize {
    props: ::forma_core::schema::Props,
}
impl CapacitySize {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<CapacitySizeType>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacitySize> for ::forma_core::Value<CapacitySize> {
    fn from(v: CapacitySize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_SIZE_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Endpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointConfigName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExcludeRetainedVariantProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VARIANT_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RetainAllVariantProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RetainDeploymentConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
    attributes: &["EndpointArn"],
};

static DEPLOYMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.DeploymentConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoRollbackConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_ROLLBACK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BlueGreenUpdatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLUE_GREEN_UPDATE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RollingUpdatePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROLLING_UPDATE_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static VARIANT_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.VariantProperty",
    properties: &[::forma_core::schema::Property {
        name: "VariantPropertyType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.Tag",
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

static AUTO_ROLLBACK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.AutoRollbackConfig",
    properties: &[::forma_core::schema::Property {
        name: "Alarms",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ALARM_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static BLUE_GREEN_UPDATE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.BlueGreenUpdatePolicy",
    properties: &[
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
            name: "TerminationWaitInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrafficRoutingConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_ROUTING_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static ROLLING_UPDATE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.RollingUpdatePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumBatchSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_SIZE_TYPE),
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
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_SIZE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WaitIntervalInSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3600.0),
            }),
        },
    ],
    rules: &[],
};

static ALARM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.Alarm",
    properties: &[::forma_core::schema::Property {
        name: "AlarmName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?!\\s*$).+$"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static TRAFFIC_ROUTING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.TrafficRoutingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CanarySize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_SIZE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LinearStepSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_SIZE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL_AT_ONCE", "CANARY", "LINEAR"]),
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

static CAPACITY_SIZE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Endpoint.CapacitySize",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CAPACITY_PERCENT", "INSTANCE_COUNT"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
