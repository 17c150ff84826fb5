//! `elbv2::ApplicationLoadBalancer`: an ALB in its own security group, listeners, and target
//! groups of Fargate tasks.

use std::time::Duration;

use forma_cfn::elasticloadbalancingv2 as l1;
use forma_cfn::elasticloadbalancingv2::listener::{Action, Certificate, RedirectConfig, StatusCode};
use forma_cfn::elasticloadbalancingv2::load_balancer::LoadBalancerAttribute;
use forma_cfn::elasticloadbalancingv2::target_group::{Matcher, TargetGroupAttribute};
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::ec2::{AsVpc, Connectable, Connections, Port, SecurityGroup, SecurityGroupProps, SubnetType, VpcRef};
use crate::ecs::FargateService;

/// What an [`ApplicationLoadBalancer`] is made of. Required: its VPC.
#[derive(Debug, Clone)]
pub struct ApplicationLoadBalancerProps {
    vpc: VpcRef,
    internal: bool,
    idle_timeout: Option<Duration>,
}

impl ApplicationLoadBalancerProps {
    /// A load balancer in `vpc` (of this app, or imported with `Vpc::from_attributes`).
    pub fn new(vpc: &impl AsVpc) -> Self {
        ApplicationLoadBalancerProps { vpc: vpc.as_vpc(), internal: false, idle_timeout: None }
    }

    /// Reachable from inside the VPC only, in its private subnets. Default: internet-facing,
    /// in the public subnets.
    pub fn internal(mut self) -> Self {
        self.internal = true;
        self
    }

    /// How long an idle connection is kept, 1 to 4,000 s. Default: 60 s.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = Some(timeout);
        self
    }
}

/// An application load balancer: the L1 `AWS::ElasticLoadBalancingV2::LoadBalancer` under
/// the child id `Resource` and its security group (`SecurityGroup`), which lets in the
/// listeners' ports (from anywhere, for an internet-facing one). An internet-facing one is
/// made once the public subnets reach the internet gateway.
#[derive(Clone)]
pub struct ApplicationLoadBalancer {
    scope: Scope,
    resource: Resource<l1::LoadBalancer>,
    security_group: SecurityGroup,
    vpc: VpcRef,
    internal: bool,
}

forma_core::construct!(ApplicationLoadBalancer, l1::LoadBalancer);

/// A listener: build with [`ListenerProps::http`] or [`ListenerProps::https`].
#[derive(Debug, Clone)]
pub struct ListenerProps {
    port: u16,
    certificate: Option<Value<String>>,
    https: bool,
    redirect_to_https: bool,
}

impl ListenerProps {
    /// Plain HTTP on `port`.
    pub fn http(port: u16) -> Self {
        ListenerProps { port, certificate: None, https: false, redirect_to_https: false }
    }

    /// HTTPS on `port` with the certificate `certificate_arn` (TLS 1.2 and 1.3 only).
    pub fn https(port: u16, certificate_arn: impl Into<Value<String>>) -> Self {
        ListenerProps { port, certificate: Some(certificate_arn.into()), https: true, redirect_to_https: false }
    }

    /// Answers every request with a redirect to HTTPS on 443. Default: forwards to targets.
    pub fn redirect_to_https(mut self) -> Self {
        self.redirect_to_https = true;
        self
    }

    /// A certificate for an HTTP listener: refused (a certificate needs HTTPS). Default: none.
    pub fn certificate(mut self, certificate_arn: impl Into<Value<String>>) -> Self {
        self.certificate = Some(certificate_arn.into());
        self
    }
}

/// A listener of an [`ApplicationLoadBalancer`].
#[derive(Clone)]
pub struct Listener {
    scope: Scope,
    resource: Resource<l1::Listener>,
    lb: ApplicationLoadBalancer,
}

forma_core::construct!(Listener, l1::Listener);

/// Where a listener sends requests: the tasks of a Fargate service.
#[derive(Debug, Clone)]
pub struct TargetProps {
    container: String,
    port: u16,
    health_check_path: String,
    healthy_codes: String,
    interval: Duration,
    deregistration_delay: Duration,
}

impl TargetProps {
    /// `container`'s `port` in each task.
    pub fn new(container: impl Into<String>, port: u16) -> Self {
        TargetProps {
            container: container.into(),
            port,
            health_check_path: "/".into(),
            healthy_codes: "200".into(),
            interval: Duration::from_secs(30),
            deregistration_delay: Duration::from_secs(30),
        }
    }

    /// Default: `/`.
    pub fn health_check_path(mut self, path: impl Into<String>) -> Self {
        self.health_check_path = path.into();
        self
    }

    /// The status codes that count as healthy, `200` or `200-299`. Default: `200`.
    pub fn healthy_codes(mut self, codes: impl Into<String>) -> Self {
        self.healthy_codes = codes.into();
        self
    }

    /// Default: 30 seconds.
    pub fn health_check_interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// How long a stopping task keeps its in-flight requests (connection draining), up to 1
    /// hour. Default: 30 seconds (the ALB's own default is 300).
    pub fn deregistration_delay(mut self, delay: Duration) -> Self {
        self.deregistration_delay = delay;
        self
    }
}

impl ApplicationLoadBalancer {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: ApplicationLoadBalancerProps) -> ApplicationLoadBalancer {
        let scope = scope.as_scope().child(id);
        let kind = if props.internal { SubnetType::PrivateWithEgress } else { SubnetType::Public };
        let subnets = props.vpc.subnet_ids(kind);
        if subnets.len() < 2 {
            scope.report(
                Severity::Error,
                "load-balancer-subnets",
                format!(
                    "an ALB needs {:?} subnets in two availability zones; the VPC {} has {}",
                    kind,
                    props.vpc.path(),
                    subnets.len()
                ),
                Some("give the VPC max_azs(2) or more"),
            );
        }
        let security_group =
            SecurityGroup::new(&scope, "SecurityGroup", SecurityGroupProps::new(&props.vpc).deny_all_outbound());
        let mut lb = l1::LoadBalancer::new()
            .type_(l1::load_balancer::Type::Application)
            .scheme(if props.internal {
                l1::load_balancer::Scheme::Internal
            } else {
                l1::load_balancer::Scheme::InternetFacing
            })
            .subnets(subnets)
            .security_groups(vec![security_group.id()]);
        let mut attributes =
            vec![LoadBalancerAttribute::new().key("routing.http.drop_invalid_header_fields.enabled").value("true")];
        if let Some(t) = props.idle_timeout {
            let secs = crate::limits::seconds(&scope, "load-balancer-idle-timeout", "idle_timeout", t, 1..=4000);
            attributes.push(LoadBalancerAttribute::new().key("idle_timeout.timeout_seconds").value(secs.to_string()));
        }
        lb = lb.load_balancer_attributes(attributes);
        let resource = scope.add("Resource", lb);
        if !props.internal {
            // As the CDK does: made before its subnets reach the internet gateway, an
            // internet-facing load balancer fails or is unreachable at first; on destroy, its
            // public addresses would block detaching the gateway.
            props.vpc.add_internet_dependent(SubnetType::Public, &resource);
        }
        ApplicationLoadBalancer { scope, resource, security_group, vpc: props.vpc, internal: props.internal }
    }

    /// The load balancer's DNS name.
    pub fn dns_name(&self) -> Value<String> {
        self.resource.dns_name()
    }

    /// The hosted zone of its DNS name, for alias records.
    pub fn canonical_hosted_zone_id(&self) -> Value<String> {
        self.resource.canonical_hosted_zone_id()
    }

    /// The load balancer's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }

    /// A listener (`id`, under the load balancer); its port is let in through the load
    /// balancer's security group (from anywhere, unless the load balancer is internal).
    #[track_caller]
    pub fn add_listener(&self, id: &str, props: ListenerProps) -> Listener {
        if props.certificate.is_some() && !props.https {
            self.scope.report(
                Severity::Error,
                "invalid-listener",
                format!(
                    "the HTTP listener on port {} has a certificate; certificates are for HTTPS listeners",
                    props.port
                ),
                Some("use ListenerProps::https(port, certificate)"),
            );
        }
        let scope = self.scope.child(id);
        let default_action = if props.redirect_to_https {
            Action::new(l1::listener::Type::Redirect)
                .redirect_config(RedirectConfig::new(StatusCode::Http301).protocol("HTTPS").port("443"))
        } else {
            // Until targets are added: a plain 404.
            Action::new(l1::listener::Type::FixedResponse).fixed_response_config(
                l1::listener::FixedResponseConfig::new("404").content_type("text/plain").message_body("Not found"),
            )
        };
        let mut listener = l1::Listener::new(vec![default_action], self.arn())
            .port(i64::from(props.port))
            .protocol(if props.https { l1::listener::Protocol::Https } else { l1::listener::Protocol::Http });
        if props.https {
            if let Some(c) = props.certificate {
                listener = listener
                    .certificates(vec![Certificate::new().certificate_arn(c)])
                    .ssl_policy("ELBSecurityPolicy-TLS13-1-2-2021-06");
            }
        }
        let resource = scope.add("Resource", listener);
        if self.internal {
            self.security_group.add_ingress(
                crate::ec2::Peer::Ipv4(self.vpc.cidr_block()),
                Port::tcp(props.port),
                "from the VPC",
            );
        } else {
            self.security_group.connections().allow_from_any_ipv4(Port::tcp(props.port));
        }
        Listener { scope, resource, lb: self.clone() }
    }
}

impl Connectable for ApplicationLoadBalancer {
    fn connections(&self) -> Connections {
        self.security_group.connections()
    }
}

impl Listener {
    /// Forwards every request to `service`'s tasks (a target group of type `ip`, `id`,
    /// under the listener), and lets the load balancer reach them on the target port.
    #[track_caller]
    pub fn add_targets(&self, id: &str, service: &FargateService, props: TargetProps) -> Resource<l1::TargetGroup> {
        let interval = crate::limits::seconds(
            &self.scope,
            "target-health-check-interval",
            "health_check_interval",
            props.interval,
            5..=300,
        );
        let delay = crate::limits::seconds(
            &self.scope,
            "target-deregistration-delay",
            "deregistration_delay",
            props.deregistration_delay,
            0..=3600,
        );
        if !props.health_check_path.starts_with('/') {
            self.scope.report(
                Severity::Error,
                "target-health-check-path",
                format!("the health check path {:?} does not start with /", props.health_check_path),
                None,
            );
        }
        let group = self.scope.add(
            id,
            l1::TargetGroup::new()
                .target_type(l1::target_group::TargetType::Ip)
                .protocol(l1::target_group::Protocol::Http)
                .port(i64::from(props.port))
                .vpc_id(self.lb.vpc.id())
                .health_check_path(props.health_check_path)
                .health_check_interval_seconds(interval)
                .matcher(Matcher::new().http_code(props.healthy_codes))
                .target_group_attributes(vec![TargetGroupAttribute::new()
                    .key("deregistration_delay.timeout_seconds")
                    .value(delay.to_string())]),
        );
        let forward = Action::new(l1::listener::Type::Forward).target_group_arn(group.reference());
        self.resource.set_property("DefaultActions", forma_core::Expr::from(Value::from(vec![forward])));
        service.connections().allow_from(&self.lb, Port::tcp(props.port));
        service.register(group.reference(), &props.container, props.port, &self.resource);
        group
    }
}
