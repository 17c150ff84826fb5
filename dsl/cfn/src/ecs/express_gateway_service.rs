// @generated from AWS::ECS::ExpressGatewayService (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::ExpressGatewayService` and its property types.

/// Resource Type definition for AWS::ECS::ExpressGatewayService
///
/// CloudFormation type `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressGatewayService {
    props: ::forma_core::schema::Props,
}
impl ExpressGatewayService {
    /// A new resource with its required properties: `InfrastructureRoleArn`.
    #[track_caller]
    pub fn new(infrastructure_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, infrastructure_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Cluster`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Cpu`.
    #[track_caller]
    pub fn cpu(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExecutionRoleArn`.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HealthCheckPath`.
    #[track_caller]
    pub fn health_check_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Memory`.
    #[track_caller]
    pub fn memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkConfiguration`.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpressGatewayServiceNetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrimaryContainer`.
    #[track_caller]
    pub fn primary_container(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpressGatewayContainer>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ScalingTarget`.
    #[track_caller]
    pub fn scaling_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpressGatewayScalingTarget>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TaskDefinitionArn`.
    #[track_caller]
    pub fn task_definition_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TaskRoleArn`.
    #[track_caller]
    pub fn task_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ExpressGatewayService {
    type Attributes = ExpressGatewayServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::ExpressGatewayService"
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
/// The attributes of a `AWS::ECS::ExpressGatewayService` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ExpressGatewayServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ExpressGatewayServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ExpressGatewayServiceAttributes {
    /// `Fn::GetAtt` `ServiceArn`.
    pub fn service_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceArn")
    }
    /// `Fn::GetAtt` `ActiveConfigurations`.
    pub fn active_configurations(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ActiveConfigurations")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns`.
    pub fn ecs_managed_resource_arns(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.ServiceSecurityGroups`.
    pub fn ecs_managed_resource_arns_service_security_groups(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.ServiceSecurityGroups")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.AutoScaling`.
    pub fn ecs_managed_resource_arns_auto_scaling(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.AutoScaling")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.AutoScaling.ScalableTarget`.
    pub fn ecs_managed_resource_arns_auto_scaling_scalable_target(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.AutoScaling.ScalableTarget")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies`.
    pub fn ecs_managed_resource_arns_auto_scaling_application_auto_scaling_policies(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.LogGroups`.
    pub fn ecs_managed_resource_arns_log_groups(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.LogGroups")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.MetricAlarms`.
    pub fn ecs_managed_resource_arns_metric_alarms(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.MetricAlarms")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath`.
    pub fn ecs_managed_resource_arns_ingress_path(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath.CertificateArn`.
    pub fn ecs_managed_resource_arns_ingress_path_certificate_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath.CertificateArn")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups`.
    pub fn ecs_managed_resource_arns_ingress_path_load_balancer_security_groups(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath.ListenerRuleArn`.
    pub fn ecs_managed_resource_arns_ingress_path_listener_rule_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath.ListenerRuleArn")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath.ListenerArn`.
    pub fn ecs_managed_resource_arns_ingress_path_listener_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath.ListenerArn")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath.LoadBalancerArn`.
    pub fn ecs_managed_resource_arns_ingress_path_load_balancer_arn(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath.LoadBalancerArn")
    }
    /// `Fn::GetAtt` `ECSManagedResourceArns.IngressPath.TargetGroupArns`.
    pub fn ecs_managed_resource_arns_ingress_path_target_group_arns(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ECSManagedResourceArns.IngressPath.TargetGroupArns")
    }
}

/// The `ExpressGatewayServiceNetworkConfiguration` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExpressGatewayServiceNetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Subnets`.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExpressGatewayServiceNetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExpressGatewayServiceNetworkConfiguration>
    for ::forma_core::Value<ExpressGatewayServiceNetworkConfiguration>
{
    fn from(v: ExpressGatewayServiceNetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESS_GATEWAY_SERVICE_NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The `ExpressGatewayContainer` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressGatewayContainer {
    props: ::forma_core::schema::Props,
}
impl ExpressGatewayContainer {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, image.into().into_expr());
        Self { props }
    }
    /// `AwsLogsConfiguration`.
    pub fn aws_logs_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpressGatewayServiceAwsLogsConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Command`.
    pub fn command(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ContainerPort`.
    pub fn container_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValuePair>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RepositoryCredentials`.
    pub fn repository_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpressGatewayRepositoryCredentials>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Secrets`.
    pub fn secrets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Secret>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExpressGatewayContainer> for ::forma_core::Value<ExpressGatewayContainer> {
    fn from(v: ExpressGatewayContainer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESS_GATEWAY_CONTAINER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AVERAGE_CPU`, `AVERAGE_MEMORY`, `REQUEST_COUNT_PER_TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpressGatewayServiceScalingMetric {
    /// `AVERAGE_CPU`
    AverageCpu,
    /// `AVERAGE_MEMORY`
    AverageMemory,
    /// `REQUEST_COUNT_PER_TARGET`
    RequestCountPerTarget,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExpressGatewayServiceScalingMetric {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AverageCpu => "AVERAGE_CPU",
            Self::AverageMemory => "AVERAGE_MEMORY",
            Self::RequestCountPerTarget => "REQUEST_COUNT_PER_TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AVERAGE_CPU", "AVERAGE_MEMORY", "REQUEST_COUNT_PER_TARGET"]
    }
}
impl ::std::convert::From<ExpressGatewayServiceScalingMetric>
    for ::forma_core::Value<ExpressGatewayServiceScalingMetric>
{
    fn from(v: ExpressGatewayServiceScalingMetric) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExpressGatewayServiceScalingMetric {}

/// The `ExpressGatewayScalingTarget` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressGatewayScalingTarget {
    props: ::forma_core::schema::Props,
}
impl ExpressGatewayScalingTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoScalingMetric`.
    pub fn auto_scaling_metric(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ExpressGatewayServiceScalingMetric>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `AutoScalingTargetValue`.
    pub fn auto_scaling_target_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxTaskCount`.
    pub fn max_task_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MinTaskCount`.
    pub fn min_task_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExpressGatewayScalingTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExpressGatewayScalingTarget> for ::forma_core::Value<ExpressGatewayScalingTarget> {
    fn from(v: ExpressGatewayScalingTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESS_GATEWAY_SCALING_TARGET_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ECS::ExpressGatewayService`.
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

/// The `ExpressGatewayServiceAwsLogsConfiguration` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExpressGatewayServiceAwsLogsConfiguration {
    /// A new value with its required properties: `LogGroup`, `LogStreamPrefix`.
    pub fn new(
        log_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_stream_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group.into().into_expr());
        props.set(1, log_stream_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExpressGatewayServiceAwsLogsConfiguration>
    for ::forma_core::Value<ExpressGatewayServiceAwsLogsConfiguration>
{
    fn from(v: ExpressGatewayServiceAwsLogsConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(EXPRESS_GATEWAY_SERVICE_AWS_LOGS_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `KeyValuePair` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValuePair {
    props: ::forma_core::schema::Props,
}
impl KeyValuePair {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KeyValuePair> for ::forma_core::Value<KeyValuePair> {
    fn from(v: KeyValuePair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_PAIR_TYPE.properties))
    }
}

/// The `ExpressGatewayRepositoryCredentials` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpressGatewayRepositoryCredentials {
    props: ::forma_core::schema::Props,
}
impl ExpressGatewayRepositoryCredentials {
    /// A new value with its required properties: `CredentialsParameter`.
    pub fn new(credentials_parameter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credentials_parameter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExpressGatewayRepositoryCredentials>
    for ::forma_core::Value<ExpressGatewayRepositoryCredentials>
{
    fn from(v: ExpressGatewayRepositoryCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPRESS_GATEWAY_REPOSITORY_CREDENTIALS_TYPE.properties))
    }
}

/// The `Secret` property type of `AWS::ECS::ExpressGatewayService`.
#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    props: ::forma_core::schema::Props,
}
impl Secret {
    /// A new value with its required properties: `Name`, `ValueFrom`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_from: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value_from.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Secret> for ::forma_core::Value<Secret> {
    fn from(v: Secret) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRET_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::ExpressGatewayService`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::ExpressGatewayService",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cluster",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Cpu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InfrastructureRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Memory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESS_GATEWAY_SERVICE_NETWORK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrimaryContainer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESS_GATEWAY_CONTAINER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScalingTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESS_GATEWAY_SCALING_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskDefinitionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TaskRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "ServiceArn",
        "ActiveConfigurations",
        "Status",
        "CreatedAt",
        "UpdatedAt",
        "Endpoint",
        "ECSManagedResourceArns",
        "ECSManagedResourceArns.ServiceSecurityGroups",
        "ECSManagedResourceArns.AutoScaling",
        "ECSManagedResourceArns.AutoScaling.ScalableTarget",
        "ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies",
        "ECSManagedResourceArns.LogGroups",
        "ECSManagedResourceArns.MetricAlarms",
        "ECSManagedResourceArns.IngressPath",
        "ECSManagedResourceArns.IngressPath.CertificateArn",
        "ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups",
        "ECSManagedResourceArns.IngressPath.ListenerRuleArn",
        "ECSManagedResourceArns.IngressPath.ListenerArn",
        "ECSManagedResourceArns.IngressPath.LoadBalancerArn",
        "ECSManagedResourceArns.IngressPath.TargetGroupArns",
    ],
};

static EXPRESS_GATEWAY_SERVICE_NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::ExpressGatewayService.ExpressGatewayServiceNetworkConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "SecurityGroups",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Subnets",
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

static EXPRESS_GATEWAY_CONTAINER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::ExpressGatewayService.ExpressGatewayContainer",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsLogsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESS_GATEWAY_SERVICE_AWS_LOGS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Command",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepositoryCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPRESS_GATEWAY_REPOSITORY_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Secrets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SECRET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static EXPRESS_GATEWAY_SCALING_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::ExpressGatewayService.ExpressGatewayScalingTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingMetric",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AVERAGE_CPU", "AVERAGE_MEMORY", "REQUEST_COUNT_PER_TARGET"]),
        },
        ::forma_core::schema::Property {
            name: "AutoScalingTargetValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxTaskCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinTaskCount",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::ExpressGatewayService.Tag",
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

static EXPRESS_GATEWAY_SERVICE_AWS_LOGS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::ExpressGatewayService.ExpressGatewayServiceAwsLogsConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "LogGroup",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogStreamPrefix",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static KEY_VALUE_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::ExpressGatewayService.KeyValuePair",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
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

static EXPRESS_GATEWAY_REPOSITORY_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::ExpressGatewayService.ExpressGatewayRepositoryCredentials",
        properties: &[::forma_core::schema::Property {
            name: "CredentialsParameter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static SECRET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::ExpressGatewayService.Secret",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValueFrom",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
