//! `ecs_patterns::LoadBalancedFargateService`: an ALB in front of a Fargate service of one
//! container, every part's options passed through.

use std::rc::Rc;
use std::time::Duration;

use forma_cfn::ecs as l1;
use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::{AsScope, Output, Resource, Scope};

use crate::certificatemanager::{Certificate, CertificateProps};
use crate::ec2::{AsVpc, VpcRef};
use crate::ecs::{
    AsCluster, ClusterRef, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use crate::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps, ApplicationTargetGroupProps, ListenerProps};
use crate::route53::{ARecord, ARecordProps, AsHostedZone, HostedZoneRef};

/// A change to the props of one part, applied to the props the pattern starts from.
struct Customize<T>(Rc<dyn Fn(T) -> T>);

impl<T> Clone for Customize<T> {
    fn clone(&self) -> Self {
        Customize(Rc::clone(&self.0))
    }
}

impl<T> Default for Customize<T> {
    fn default() -> Self {
        Customize(Rc::new(|t| t))
    }
}

impl<T> std::fmt::Debug for Customize<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Customize(..)")
    }
}

/// What a [`LoadBalancedFargateService`] is made of. Required: the cluster, the VPC and the
/// image. Each part's own props are reachable: [`service`](Self::service) (desired count,
/// subnets, grace period, auto scaling, Service Connect, ...),
/// [`load_balancer`](Self::load_balancer) (internal, idle timeout),
/// [`container`](Self::container) (environment, secrets, logs) and
/// [`target_group`](Self::target_group) (health check, draining).
#[derive(Debug, Clone)]
pub struct LoadBalancedFargateServiceProps {
    cluster: ClusterRef,
    vpc: VpcRef,
    image: ContainerImage,
    container_port: u16,
    cpu: u32,
    memory_mib: u32,
    domain: Option<(HostedZoneRef, String)>,
    service: Customize<FargateServiceProps>,
    load_balancer: Customize<ApplicationLoadBalancerProps>,
    container: Customize<ContainerProps>,
    target_group: Customize<ApplicationTargetGroupProps>,
}

impl LoadBalancedFargateServiceProps {
    /// A service of `image` in `cluster`, placed with its load balancer in `vpc` (either of
    /// this app or imported).
    pub fn new(cluster: &impl AsCluster, vpc: &impl AsVpc, image: ContainerImage) -> Self {
        LoadBalancedFargateServiceProps {
            cluster: cluster.as_cluster(),
            vpc: vpc.as_vpc(),
            image,
            container_port: 80,
            cpu: 256,
            memory_mib: 512,
            domain: None,
            service: Customize::default(),
            load_balancer: Customize::default(),
            container: Customize::default(),
            target_group: Customize::default(),
        }
    }

    /// The port the container listens on. Default: 80.
    pub fn container_port(mut self, port: u16) -> Self {
        self.container_port = port;
        self
    }

    /// CPU units and memory of each task (a pair Fargate offers). Default: 256 and 512 MiB.
    pub fn size(mut self, cpu: u32, memory_mib: u32) -> Self {
        self.cpu = cpu;
        self.memory_mib = memory_mib;
        self
    }

    /// Serves HTTPS at `domain` (in `zone`): a certificate validated by DNS there, an alias
    /// record to the load balancer, and HTTP redirected to HTTPS. Default: plain HTTP on the
    /// load balancer's own name.
    pub fn domain(mut self, zone: &impl AsHostedZone, domain: impl Into<String>) -> Self {
        self.domain = Some((zone.as_hosted_zone(), domain.into()));
        self
    }

    /// Sets the service's options: `.service(|s| s.desired_count(2).auto_scaling(2, 10,
    /// Scaling::Cpu(60.0)))`. Default: one task in the private subnets, a 60 s health check
    /// grace period (the container has a minute to start answering).
    pub fn service(mut self, set: impl Fn(FargateServiceProps) -> FargateServiceProps + 'static) -> Self {
        self.service = Customize(Rc::new(set));
        self
    }

    /// Sets the load balancer's options: `.load_balancer(|lb| lb.internal())`. Default:
    /// internet-facing.
    pub fn load_balancer(
        mut self,
        set: impl Fn(ApplicationLoadBalancerProps) -> ApplicationLoadBalancerProps + 'static,
    ) -> Self {
        self.load_balancer = Customize(Rc::new(set));
        self
    }

    /// Sets the container's options: `.container(|c| c.environment("MODE", "web"))`.
    /// Default: the image at the container port, logging to a log group of its own.
    pub fn container(mut self, set: impl Fn(ContainerProps) -> ContainerProps + 'static) -> Self {
        self.container = Customize(Rc::new(set));
        self
    }

    /// Sets the target group's options: `.target_group(|g| g.health_check_path("/health"))`.
    /// Default: a health check on `/` expecting 200, 30 s of draining.
    pub fn target_group(
        mut self,
        set: impl Fn(ApplicationTargetGroupProps) -> ApplicationTargetGroupProps + 'static,
    ) -> Self {
        self.target_group = Customize(Rc::new(set));
        self
    }
}

/// An ALB forwarding to a Fargate service of one container, with both security groups
/// wired and the URL as a stack output (`<Id>Url`): `TaskDef`, `Service`, `LB`, and with a
/// domain `Certificate` and `DnsRecord`. Its main resource is the service's.
#[derive(Clone)]
pub struct LoadBalancedFargateService {
    scope: Scope,
    resource: Resource<l1::Service>,
    cluster: ClusterRef,
    service: FargateService,
    load_balancer: ApplicationLoadBalancer,
    task_definition: FargateTaskDefinition,
    url: Value<String>,
}

forma_core::construct!(LoadBalancedFargateService, l1::Service);

impl LoadBalancedFargateService {
    /// A load-balanced service under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ec2::{Vpc, VpcProps};
    /// use forma_dsl::ecs::{Cluster, ClusterProps, ContainerImage};
    /// use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    /// let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    /// let image = ContainerImage::public("public.ecr.aws/nginx/nginx:1.27");
    /// LoadBalancedFargateService::new(&stack, "Web", LoadBalancedFargateServiceProps::new(&cluster, &vpc, image)
    ///     .service(|s| s.desired_count(2))
    ///     .target_group(|g| g.health_check_path("/")));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: LoadBalancedFargateServiceProps) -> LoadBalancedFargateService {
        let outer = scope.as_scope().clone();
        let scope = outer.child(id);
        let task =
            FargateTaskDefinition::new(&scope, "TaskDef", FargateTaskDefinitionProps::new(props.cpu, props.memory_mib));
        task.add_container((props.container.0)(ContainerProps::new("web", props.image).port(props.container_port)));
        let service_props =
            FargateServiceProps::new(&props.cluster, &task, &props.vpc).health_check_grace(Duration::from_secs(60));
        let service = FargateService::new(&scope, "Service", (props.service.0)(service_props));
        let lb = ApplicationLoadBalancer::new(
            &scope,
            "LB",
            (props.load_balancer.0)(ApplicationLoadBalancerProps::new(&props.vpc)),
        );
        let target = service.load_balancer_target("web", props.container_port);
        let configure = |group| (props.target_group.0)(group);
        let url = match &props.domain {
            Some((zone, domain)) => {
                let cert = Certificate::new(&scope, "Certificate", CertificateProps::new(domain.clone(), zone));
                lb.add_listener("Http", ListenerProps::http(80).redirect_to_https());
                let https = lb.add_listener("Https", ListenerProps::https(443, cert.arn()));
                https.add_targets("Targets", &target, configure);
                ARecord::new(&scope, "DnsRecord", ARecordProps::to_load_balancer(zone, domain.clone(), &lb));
                Value::from(format!("https://{domain}/"))
            }
            None => {
                let http = lb.add_listener("Http", ListenerProps::http(80));
                http.add_targets("Targets", &target, configure);
                sub("http://${Dns}/").var("Dns", lb.dns_name()).into()
            }
        };
        outer.stack().add_output(
            &format!("{}Url", crate::limits::alnum(id)),
            Output::new(url.clone()).description("The service's URL"),
        );
        let resource = forma_core::Construct::resource(&service).clone();
        LoadBalancedFargateService {
            scope,
            resource,
            cluster: props.cluster.clone(),
            service,
            load_balancer: lb,
            task_definition: task,
            url,
        }
    }

    /// The cluster the service runs in.
    pub fn cluster(&self) -> &ClusterRef {
        &self.cluster
    }

    /// The Fargate service.
    pub fn service(&self) -> &FargateService {
        &self.service
    }

    /// The load balancer.
    pub fn load_balancer(&self) -> &ApplicationLoadBalancer {
        &self.load_balancer
    }

    /// The task definition.
    pub fn task_definition(&self) -> &FargateTaskDefinition {
        &self.task_definition
    }

    /// The service's URL.
    pub fn url(&self) -> Value<String> {
        self.url.clone()
    }
}
