// @generated from AWS::ECS::TaskSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::TaskSet` and its property types.

/// Create a task set in the specified cluster and service.
///
/// CloudFormation type `AWS::ECS::TaskSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskSet {
    props: ::forma_core::schema::Props,
}
impl TaskSet {
    /// A new resource with its required properties: `Cluster`, `Service`, `TaskDefinition`.
    #[track_caller]
    pub fn new(
        cluster: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        task_definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, cluster.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, service.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, task_definition.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CapacityProviderStrategy`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn capacity_provider_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityProviderStrategyItem>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional non-unique tag that identifies this task set in external systems.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The launch type that new tasks in the task set will use.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn launch_type(mut self, value: impl ::forma_core::schema::EnumArg<LaunchType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoadBalancers`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn load_balancers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoadBalancer>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing the network configuration for a task or service.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The platform version that the tasks in the task set should use.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn platform_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A floating-point percentage of the desired number of tasks to place and keep running in the task set.
    #[track_caller]
    pub fn scale(mut self, value: impl ::std::convert::Into<::forma_core::Value<Scale>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The details of the service discovery registries to assign to this task set.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_registries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceRegistry>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TaskSet {
    type Attributes = TaskSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::TaskSet"
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
/// The attributes of a `AWS::ECS::TaskSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TaskSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TaskSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TaskSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `EC2`, `FARGATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LaunchType {
    /// `EC2`
    Ec2,
    /// `FARGATE`
    Fargate,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LaunchType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec2 => "EC2",
            Self::Fargate => "FARGATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EC2", "FARGATE"]
    }
}
impl ::std::convert::From<LaunchType> for ::forma_core::Value<LaunchType> {
    fn from(v: LaunchType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LaunchType {}

/// The `CapacityProviderStrategyItem` property type of `AWS::ECS::TaskSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderStrategyItem {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderStrategyItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Base`.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CapacityProvider`.
    pub fn capacity_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityProviderStrategyItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityProviderStrategyItem> for ::forma_core::Value<CapacityProviderStrategyItem> {
    fn from(v: CapacityProviderStrategyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE.properties))
    }
}

/// A load balancer object representing the load balancer to use with the task set.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancer {
    props: ::forma_core::schema::Props,
}
impl LoadBalancer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the container (as it appears in a container definition) to associate with the load balancer.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The port on the container to associate with the load balancer.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set.
    pub fn target_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBalancer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBalancer> for ::forma_core::Value<LoadBalancer> {
    fn from(v: LoadBalancer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BALANCER_TYPE.properties))
    }
}

/// An object representing the network configuration for a task or service.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The VPC subnets and security groups associated with a task.
    pub fn aws_vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsVpcConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PERCENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// `PERCENT`
    Percent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Unit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Percent => "PERCENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PERCENT"]
    }
}
impl ::std::convert::From<Unit> for ::forma_core::Value<Unit> {
    fn from(v: Unit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Unit {}

/// The `Scale` property type of `AWS::ECS::TaskSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    props: ::forma_core::schema::Props,
}
impl Scale {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unit of measure for the scale value.
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<Unit>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The value, specified as a percent total of a service's desiredCount, to scale the task set.
    ///
    /// Allowed: 0 to 100.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Scale {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scale> for ::forma_core::Value<Scale> {
    fn from(v: Scale) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALE_TYPE.properties))
    }
}

/// The `ServiceRegistry` property type of `AWS::ECS::TaskSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRegistry {
    props: ::forma_core::schema::Props,
}
impl ServiceRegistry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The container name value, already specified in the task definition, to be used for your service discovery service.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The port value, already specified in the task definition, to be used for your service discovery service.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The port value used if your service discovery service specified an SRV record.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the service registry.
    pub fn registry_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceRegistry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceRegistry> for ::forma_core::Value<ServiceRegistry> {
    fn from(v: ServiceRegistry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_REGISTRY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ECS::TaskSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignPublicIp {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssignPublicIp {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<AssignPublicIp> for ::forma_core::Value<AssignPublicIp> {
    fn from(v: AssignPublicIp) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssignPublicIp {}

/// The VPC subnets and security groups associated with a task.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl AwsVpcConfiguration {
    /// A new value with its required properties: `Subnets`.
    pub fn new(
        subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, subnets.into().into_expr());
        Self { props }
    }
    /// Whether the task's elastic network interface receives a public IP address.
    pub fn assign_public_ip(mut self, value: impl ::forma_core::schema::EnumArg<AssignPublicIp>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The security groups associated with the task or service.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsVpcConfiguration> for ::forma_core::Value<AwsVpcConfiguration> {
    fn from(v: AwsVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::TaskSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::TaskSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviderStrategy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Cluster",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LaunchType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["EC2", "FARGATE"]),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancers",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOAD_BALANCER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlatformVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scale",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Service",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceRegistries",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_REGISTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
            name: "TaskDefinition",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.CapacityProviderStrategyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Base",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityProvider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};

static LOAD_BALANCER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.LoadBalancer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContainerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.NetworkConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AwsVpcConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AWS_VPC_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static SCALE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.Scale",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PERCENT"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_REGISTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.ServiceRegistry",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContainerPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RegistryArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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

static AWS_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::TaskSet.AwsVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignPublicIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(16) },
            ),
        },
    ],
    rules: &[],
};
