//! Patterns: a whole load-balanced Fargate service in one call.

use std::time::Duration;

use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::{AsScope, Output, Scope};

use crate::certificatemanager::{Certificate, CertificateProps};
use crate::ec2::{AsVpc, VpcRef};
use crate::ecs::{
    AsCluster, ClusterRef, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use crate::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps, ListenerProps, TargetProps};
use crate::route53::{ARecord, ARecordProps, AsHostedZone, HostedZoneRef};

/// What a [`LoadBalancedFargateService`] is made of. Required: the cluster, the VPC and the
/// image.
#[derive(Debug, Clone)]
pub struct LoadBalancedFargateServiceProps {
    cluster: ClusterRef,
    vpc: VpcRef,
    image: ContainerImage,
    container_port: u16,
    cpu: u32,
    memory_mib: u32,
    desired_count: u32,
    health_check_path: String,
    environment: Vec<(String, Value<String>)>,
    domain: Option<(HostedZoneRef, String)>,
}

impl LoadBalancedFargateServiceProps {
    pub fn new(cluster: &impl AsCluster, vpc: &impl AsVpc, image: ContainerImage) -> Self {
        LoadBalancedFargateServiceProps {
            cluster: cluster.as_cluster(),
            vpc: vpc.as_vpc(),
            image,
            container_port: 80,
            cpu: 256,
            memory_mib: 512,
            desired_count: 1,
            health_check_path: "/".into(),
            environment: Vec::new(),
            domain: None,
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

    /// Default: 1.
    pub fn desired_count(mut self, count: u32) -> Self {
        self.desired_count = count;
        self
    }

    /// Default: `/`.
    pub fn health_check_path(mut self, path: impl Into<String>) -> Self {
        self.health_check_path = path.into();
        self
    }

    /// An environment variable of the container. Default: none.
    pub fn environment(mut self, name: impl Into<String>, value: impl Into<Value<String>>) -> Self {
        self.environment.push((name.into(), value.into()));
        self
    }

    /// Serves HTTPS at `domain` (in `zone`): a certificate validated by DNS there, an alias
    /// record to the load balancer, and HTTP redirected to HTTPS. Default: plain HTTP on the
    /// load balancer's own name.
    pub fn domain(mut self, zone: &impl AsHostedZone, domain: impl Into<String>) -> Self {
        self.domain = Some((zone.as_hosted_zone(), domain.into()));
        self
    }
}

/// An internet-facing ALB forwarding to a Fargate service of one container, with both
/// security groups wired and the URL as a stack output (`<Id>Url`): `TaskDef`, `Service`,
/// `LB`, and with a domain `Certificate` and `DnsRecord`.
#[derive(Debug, Clone)]
pub struct LoadBalancedFargateService {
    scope: Scope,
    service: FargateService,
    load_balancer: ApplicationLoadBalancer,
    task_definition: FargateTaskDefinition,
    url: Value<String>,
}

impl LoadBalancedFargateService {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: LoadBalancedFargateServiceProps) -> LoadBalancedFargateService {
        let outer = scope.as_scope().clone();
        let scope = outer.child(id);
        let task =
            FargateTaskDefinition::new(&scope, "TaskDef", FargateTaskDefinitionProps::new(props.cpu, props.memory_mib));
        let mut container = ContainerProps::new("web", props.image).port(props.container_port);
        for (k, v) in props.environment {
            container = container.environment(k, v);
        }
        task.add_container(container);
        let service = FargateService::new(
            &scope,
            "Service",
            FargateServiceProps::new(&props.cluster, &task, &props.vpc)
                .desired_count(props.desired_count)
                .health_check_grace(Duration::from_secs(60)),
        );
        let lb = ApplicationLoadBalancer::new(&scope, "LB", ApplicationLoadBalancerProps::new(&props.vpc));
        let targets = TargetProps::new("web", props.container_port).health_check_path(props.health_check_path);
        let url = match &props.domain {
            Some((zone, domain)) => {
                let cert = Certificate::new(&scope, "Certificate", CertificateProps::new(domain.clone(), zone));
                lb.add_listener("Http", ListenerProps::http(80).redirect_to_https());
                let https = lb.add_listener("Https", ListenerProps::https(443, cert.arn()));
                https.add_targets("Targets", &service, targets);
                ARecord::new(&scope, "DnsRecord", ARecordProps::to_load_balancer(zone, domain.clone(), &lb));
                Value::from(format!("https://{domain}/"))
            }
            None => {
                let http = lb.add_listener("Http", ListenerProps::http(80));
                http.add_targets("Targets", &service, targets);
                sub("http://${Dns}/").var("Dns", lb.dns_name()).into()
            }
        };
        outer.stack().add_output(
            &format!("{}Url", crate::limits::alnum(id)),
            Output::new(url.clone()).description("The service's URL"),
        );
        LoadBalancedFargateService { scope, service, load_balancer: lb, task_definition: task, url }
    }

    pub fn service(&self) -> &FargateService {
        &self.service
    }

    pub fn load_balancer(&self) -> &ApplicationLoadBalancer {
        &self.load_balancer
    }

    pub fn task_definition(&self) -> &FargateTaskDefinition {
        &self.task_definition
    }

    /// The service's URL.
    pub fn url(&self) -> Value<String> {
        self.url.clone()
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }
}
