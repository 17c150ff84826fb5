//! `ecs::FargateService`: tasks kept running in private subnets, rolled back when a
//! deployment fails.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use forma_cfn::ecs as l1;
use forma_cfn::ecs::service::{
    AssignPublicIp, AwsVpcConfiguration, DeploymentCircuitBreaker, DeploymentConfiguration, LoadBalancer,
    NetworkConfiguration, ServiceConnectClientAlias, ServiceConnectConfiguration, ServiceConnectService,
};
use forma_cfn::elasticloadbalancingv2 as elbv2;
use forma_core::value::Value;
use forma_core::Construct;
use forma_core::{AsScope, CfnResource, Resource, Scope, Severity};

use super::cluster::{AsCluster, ClusterRef};
use super::task_definition::FargateTaskDefinition;
use crate::ec2::{AsVpc, Connectable, Connections, Port, SecurityGroup, SecurityGroupProps, SubnetType, VpcRef};
use crate::elbv2::{ApplicationLoadBalancer, ApplicationTargetGroup, LoadBalancerTarget, TargetType};
use crate::iam::{grant_on_any_resource, Grant, GrantTarget, Grantable, PolicyAccess, PolicyStatement};

/// What a [`FargateService`] is made of. Required: its cluster, task definition and VPC.
#[derive(Debug, Clone)]
pub struct FargateServiceProps {
    cluster: ClusterRef,
    task: FargateTaskDefinition,
    vpc: VpcRef,
    desired_count: u32,
    subnets: SubnetType,
    public_ip: bool,
    min_healthy_percent: u32,
    max_percent: u32,
    health_check_grace: Option<Duration>,
    connect: Option<Connect>,
    scaling: Option<(u32, u32, Scaling)>,
}

/// How a service takes part in Service Connect.
#[derive(Debug, Clone)]
enum Connect {
    /// Reaches others by name.
    Client,
    /// Is reached as `name:port` (its container's port `port`), and reaches others.
    Server { name: String, container: String, port: u16 },
}

/// What auto scaling tracks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scaling {
    /// The average CPU use of the tasks, in percent.
    Cpu(f64),
    /// The average memory use, in percent.
    Memory(f64),
}

impl FargateServiceProps {
    /// A service of `task` in `cluster`, placed in `vpc` (either of this app or imported).
    pub fn new(cluster: &impl AsCluster, task: &FargateTaskDefinition, vpc: &impl AsVpc) -> Self {
        FargateServiceProps {
            cluster: cluster.as_cluster(),
            task: task.clone(),
            vpc: vpc.as_vpc(),
            desired_count: 1,
            subnets: SubnetType::PrivateWithEgress,
            public_ip: false,
            min_healthy_percent: 100,
            max_percent: 200,
            health_check_grace: None,
            connect: None,
            scaling: None,
        }
    }

    /// Finds the services of the cluster's Service Connect namespace by name. Default: off.
    pub fn service_connect_client(mut self) -> Self {
        self.connect = Some(Connect::Client);
        self
    }

    /// Can be reached in the cluster's namespace as `name:port`, at `container`'s `port`
    /// (and reaches the others). Default: off.
    pub fn service_connect_server(mut self, name: impl Into<String>, container: impl Into<String>, port: u16) -> Self {
        self.connect = Some(Connect::Server { name: name.into(), container: container.into(), port });
        self
    }

    /// Keeps between `min` and `max` tasks, adding or removing some to hold `target`.
    /// Default: a fixed desired count.
    pub fn auto_scaling(mut self, min: u32, max: u32, target: Scaling) -> Self {
        self.scaling = Some((min, max, target));
        self
    }

    /// How many tasks run. Default: 1.
    pub fn desired_count(mut self, count: u32) -> Self {
        self.desired_count = count;
        self
    }

    /// Where the tasks run. Default: `SubnetType::PrivateWithEgress`.
    pub fn subnets(mut self, kind: SubnetType) -> Self {
        self.subnets = kind;
        self
    }

    /// Gives each task a public IP (needed in public subnets, to pull images). Default: none.
    pub fn assign_public_ip(mut self) -> Self {
        self.public_ip = true;
        self
    }

    /// The share of tasks that must stay healthy during a deployment, and the most that may
    /// run, in percent of the desired count. Default: 100 and 200.
    pub fn deployment_percents(mut self, min_healthy: u32, max: u32) -> Self {
        self.min_healthy_percent = min_healthy;
        self.max_percent = max;
        self
    }

    /// How long a new task may fail load balancer health checks before it counts. Default:
    /// none (0 s) — give slow starters a grace period.
    pub fn health_check_grace(mut self, grace: Duration) -> Self {
        self.health_check_grace = Some(grace);
        self
    }
}

/// A Fargate service: the L1 `AWS::ECS::Service` under the child id `Resource`, its
/// security group (`SecurityGroup`), the deployment circuit breaker on with rollback; made
/// once its subnets reach the internet, and after the listeners that forward to it.
#[derive(Clone)]
pub struct FargateService {
    scope: Scope,
    resource: Resource<l1::Service>,
    security_group: SecurityGroup,
    task: FargateTaskDefinition,
    load_balancers: Rc<RefCell<Vec<LoadBalancer>>>,
}

forma_core::construct!(FargateService, l1::Service);

impl FargateService {
    /// A Fargate service under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ec2::{Vpc, VpcProps};
    /// use forma_dsl::ecs::*;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let vpc = Vpc::new(&stack, "Network", VpcProps::default());
    /// let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    /// let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    /// let image = ContainerImage::public("public.ecr.aws/nginx/nginx:1.27");
    /// task.add_container(ContainerProps::new("web", image).port(80));
    /// let service =
    ///     FargateService::new(&stack, "Service", FargateServiceProps::new(&cluster, &task, &vpc).desired_count(2));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: FargateServiceProps) -> FargateService {
        let scope = scope.as_scope().child(id);
        let subnets = props.vpc.subnet_ids(props.subnets);
        if subnets.is_empty() {
            scope.report(
                Severity::Error,
                "service-subnets",
                format!("the VPC {} has no {:?} subnets", props.vpc.path(), props.subnets),
                Some("add the subnet group to the VPC, or pick another kind"),
            );
        }
        if props.subnets == SubnetType::Public && !props.public_ip {
            scope.report(
                Severity::Error,
                "service-public-ip",
                "tasks in public subnets without a public IP cannot reach the internet: image pulls fail",
                Some("add .assign_public_ip(), or run the tasks in private subnets with egress"),
            );
        }
        if props.task.containers().is_empty() {
            scope.report(
                Severity::Error,
                "service-no-container",
                format!("the task definition {} has no container", props.task.path()),
                None,
            );
        }
        let security_group = SecurityGroup::new(&scope, "SecurityGroup", SecurityGroupProps::new(&props.vpc));
        let network = NetworkConfiguration::new().awsvpc_configuration(
            AwsVpcConfiguration::new()
                .assign_public_ip(if props.public_ip { AssignPublicIp::Enabled } else { AssignPublicIp::Disabled })
                .security_groups(vec![security_group.id()])
                .subnets(subnets),
        );
        let mut service = l1::Service::new()
            .cluster(props.cluster.name())
            .task_definition(props.task.arn())
            .desired_count(i64::from(props.desired_count))
            .network_configuration(network)
            .deployment_configuration(
                DeploymentConfiguration::new()
                    .deployment_circuit_breaker(DeploymentCircuitBreaker::new(true, true))
                    .minimum_healthy_percent(i64::from(props.min_healthy_percent))
                    .maximum_percent(i64::from(props.max_percent)),
            );
        if let Some(g) = props.health_check_grace {
            service = service.health_check_grace_period_seconds(crate::limits::seconds(
                &scope,
                "service-health-check-grace",
                "health_check_grace",
                g,
                0..=2_147_483_647,
            ));
        }
        if let Some(connect) = &props.connect {
            match props.cluster.namespace_arn() {
                None => scope.report(
                    Severity::Error,
                    "service-connect-namespace",
                    format!("Service Connect needs a namespace, and the cluster {} has none", props.cluster.path()),
                    Some("give the cluster ClusterProps::service_connect_namespace(\"internal\")"),
                ),
                Some(ns) => {
                    let mut config = ServiceConnectConfiguration::new(true).namespace(ns);
                    if let Connect::Server { name, container, port } = connect {
                        if !props.task.containers().iter().any(|(c, ports)| c == container && ports.contains(port)) {
                            scope.report(
                                Severity::Error,
                                "service-connect-port",
                                format!("the task definition has no container {container:?} exposing port {port} to serve as {name}"),
                                None,
                            );
                        }
                        config = config.services(vec![ServiceConnectService::new(format!("{container}-{port}"))
                            .discovery_name(name.clone())
                            .client_aliases(vec![
                                ServiceConnectClientAlias::new(i64::from(*port)).dns_name(name.clone())
                            ])]);
                    }
                    service = service.service_connect_configuration(config);
                }
            }
        }
        let resource = scope.add("Resource", service);
        // Tasks pull their images through their subnets' route out (a NAT gateway's, or the
        // internet gateway's for public tasks): started before it exists, they fail to, and
        // the circuit breaker can roll back a first deploy. On destroy, tasks with public
        // addresses would block detaching the gateway.
        props.vpc.add_internet_dependent(props.subnets, &resource);
        if let Some((min, max, target)) = props.scaling {
            auto_scale(&scope, &props.cluster, &resource, min, max, target);
        }
        FargateService { scope, resource, security_group, task: props.task, load_balancers: Rc::default() }
    }

    /// The service's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The service's name.
    pub fn name(&self) -> Value<String> {
        self.resource.name()
    }

    /// The service's security group.
    pub fn security_group(&self) -> &SecurityGroup {
        &self.security_group
    }

    /// The task definition it runs.
    pub fn task_definition(&self) -> &FargateTaskDefinition {
        &self.task
    }

    /// Lets `grantee` roll a new image out to exactly this service, as a deployer function
    /// does: register a new revision of its task definition (`ecs:RegisterTaskDefinition`
    /// and `ecs:DescribeTaskDefinition`, which IAM grants on `*` only), pass exactly the
    /// task's two roles to ECS (`iam:PassRole`, only to `ecs-tasks.amazonaws.com`), and
    /// update and describe exactly this service.
    #[track_caller]
    pub fn grant_update(&self, grantee: &impl Grantable) -> Grant {
        grant_on_any_resource(grantee, &["ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition"]);
        let target = GrantTarget::new(self.scope.clone(), PolicyAccess::NONE);
        let roles = [self.task.task_role().arn(), self.task.execution_role().arn()];
        // Only to ECS's tasks: the roles cannot be passed to another service.
        let pass = PolicyStatement::allow().action("iam:PassRole").resources(roles).condition(
            "StringEquals",
            "iam:PassedToService",
            "ecs-tasks.amazonaws.com",
        );
        target.grant_statement(grantee, pass, &[]);
        target.grant(grantee, &["ecs:UpdateService", "ecs:DescribeServices"], vec![self.arn()], &[])
    }

    /// Registers the tasks' `container`:`port` with a target group; the service is created
    /// after `after` (the listener that forwards to it, which must exist first).
    #[track_caller]
    pub(crate) fn register<R: CfnResource>(
        &self,
        target_group_arn: Value<String>,
        container: &str,
        port: u16,
        after: Option<&Resource<R>>,
    ) {
        if !self.task.containers().iter().any(|(name, ports)| name == container && ports.contains(&port)) {
            self.scope.report(
                Severity::Error,
                "target-container-port",
                format!("the task definition {} has no container {container:?} exposing port {port}", self.task.path()),
                Some("add .port(...) to the container, or register the container and port it has"),
            );
        }
        let mut lbs = self.load_balancers.borrow_mut();
        lbs.push(
            LoadBalancer::new()
                .container_name(container)
                .container_port(i64::from(port))
                .target_group_arn(target_group_arn),
        );
        self.resource.set_property("LoadBalancers", forma_core::Expr::from(Value::from(lbs.clone())));
        if let Some(after) = after {
            self.resource.add_depends_on(after);
        }
    }

    /// The tasks' `container`:`port` as a load balancer target
    /// (`listener.add_targets("Web", &service.load_balancer_target("web", 8080), ..)`).
    pub fn load_balancer_target(&self, container: impl Into<String>, port: u16) -> ServiceTarget {
        ServiceTarget { service: self.clone(), container: container.into(), port }
    }

    /// The first container exposing a port, and that port.
    fn first_port(&self) -> Option<(String, u16)> {
        self.task.containers().iter().find_map(|(name, ports)| ports.first().map(|p| (name.clone(), *p)))
    }

    /// The first container exposing a port, at that port: the target the service is when
    /// given as one.
    #[track_caller]
    fn default_target(&self) -> ServiceTarget {
        let (container, port) = self.first_port().unwrap_or_else(|| {
            self.scope.report(
                Severity::Error,
                "target-container-port",
                format!(
                    "the service is a load balancer target, but no container of {} exposes a port",
                    self.task.path()
                ),
                Some("add .port(...) to the container"),
            );
            (String::new(), 80)
        });
        self.load_balancer_target(container, port)
    }
}

/// A service's tasks at one container's port, as a load balancer target.
#[derive(Debug, Clone)]
pub struct ServiceTarget {
    service: FargateService,
    container: String,
    port: u16,
}

impl LoadBalancerTarget for ServiceTarget {
    fn target_type(&self) -> TargetType {
        TargetType::Ip
    }

    fn port(&self) -> u16 {
        self.port
    }

    #[track_caller]
    fn attach(
        &self,
        group: &ApplicationTargetGroup,
        lb: &ApplicationLoadBalancer,
        after: Option<&Resource<elbv2::Listener>>,
    ) {
        self.service.connections().allow_from(lb, Port::tcp(self.port));
        self.service.register(group.arn(), &self.container, self.port, after);
    }
}

impl LoadBalancerTarget for FargateService {
    fn target_type(&self) -> TargetType {
        TargetType::Ip
    }

    fn port(&self) -> u16 {
        self.first_port().map_or(80, |(_, port)| port)
    }

    #[track_caller]
    fn attach(
        &self,
        group: &ApplicationTargetGroup,
        lb: &ApplicationLoadBalancer,
        after: Option<&Resource<elbv2::Listener>>,
    ) {
        self.default_target().attach(group, lb, after);
    }
}

/// A scalable target and a target tracking policy for the service's desired count.
#[track_caller]
fn auto_scale(
    scope: &Scope,
    cluster: &ClusterRef,
    service: &Resource<l1::Service>,
    min: u32,
    max: u32,
    target: Scaling,
) {
    use forma_cfn::applicationautoscaling as aas;
    use forma_cfn::applicationautoscaling::scaling_policy::{
        PredefinedMetricSpecification, TargetTrackingScalingPolicyConfiguration,
    };
    if min > max || max == 0 {
        scope.report(
            Severity::Error,
            "scaling-capacity",
            format!("auto scaling from {min} to {max} tasks"),
            Some("give min ≤ max, max at least 1"),
        );
    }
    let (metric, value) = match target {
        Scaling::Cpu(v) => ("ECSServiceAverageCPUUtilization", v),
        Scaling::Memory(v) => ("ECSServiceAverageMemoryUtilization", v),
    };
    if !(1.0..=100.0).contains(&value) {
        scope.report(Severity::Error, "scaling-target", format!("a target of {value} %; give 1 to 100"), None);
    }
    let resource_id: Value<String> = forma_core::intrinsic::sub("service/${Cluster}/${Service}")
        .var("Cluster", cluster.name())
        .var("Service", service.name())
        .into();
    let target_resource = scope.add(
        "ScalableTarget",
        aas::ScalableTarget::new(
            i64::from(max),
            i64::from(min),
            resource_id,
            Value::<String>::from("ecs:service:DesiredCount"),
            Value::<String>::from("ecs"),
        ),
    );
    scope.add(
        "ScalingPolicy",
        aas::ScalingPolicy::new(format!("{}-{metric}", scope.id()), Value::<String>::from("TargetTrackingScaling"))
            .scaling_target_id(target_resource.reference())
            .target_tracking_scaling_policy_configuration(
                TargetTrackingScalingPolicyConfiguration::new(value)
                    .predefined_metric_specification(PredefinedMetricSpecification::new(Value::<String>::from(metric))),
            ),
    );
}

impl Connectable for FargateService {
    fn connections(&self) -> Connections {
        self.security_group.connections()
    }
}
