//! `elbv2::ApplicationTargetGroup`: what a listener forwards to, and the targets that can be
//! registered with it.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use forma_cfn::elasticloadbalancingv2 as l1;
use forma_cfn::elasticloadbalancingv2::target_group::{Matcher, TargetDescription, TargetGroupAttribute};
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use super::application_load_balancer::ApplicationLoadBalancer;
use crate::ec2::{AsVpc, VpcRef};

/// How a target group addresses its targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetType {
    /// By IP address: Fargate tasks, or addresses in the VPC or beyond it.
    Ip,
    /// By EC2 instance id.
    Instance,
}

/// What an [`ApplicationTargetGroup`] is made of. Required: its VPC, the targets' port and
/// how they are addressed.
#[derive(Debug, Clone)]
pub struct ApplicationTargetGroupProps {
    vpc: VpcRef,
    port: u16,
    target_type: TargetType,
    health_check_path: String,
    healthy_codes: String,
    interval: Duration,
    deregistration_delay: Duration,
}

impl ApplicationTargetGroupProps {
    /// Targets in `vpc` listening on `port` (HTTP), addressed by `target_type`.
    pub fn new(vpc: &impl AsVpc, port: u16, target_type: TargetType) -> Self {
        ApplicationTargetGroupProps {
            vpc: vpc.as_vpc(),
            port,
            target_type,
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

    /// How long a stopping target keeps its in-flight requests (connection draining), up to
    /// 1 hour. Default: 30 seconds (the ALB's own default is 300).
    pub fn deregistration_delay(mut self, delay: Duration) -> Self {
        self.deregistration_delay = delay;
        self
    }
}

/// A target group: the L1 `AWS::ElasticLoadBalancingV2::TargetGroup` under the child id
/// `Resource`, HTTP, checked for health and drained as its props say.
#[derive(Clone)]
pub struct ApplicationTargetGroup {
    scope: Scope,
    resource: Resource<l1::TargetGroup>,
    port: u16,
    target_type: TargetType,
    /// The addresses registered, for IP targets.
    addresses: Rc<RefCell<Vec<TargetDescription>>>,
}

forma_core::construct!(ApplicationTargetGroup, l1::TargetGroup);

impl ApplicationTargetGroup {
    /// A target group under `scope` with id `id`; a listener forwards to it with
    /// `listener.add_target_groups(&[&group])`.
    ///
    /// ```
    /// use forma_dsl::ec2::{Vpc, VpcProps};
    /// use forma_dsl::elbv2::{ApplicationTargetGroup, ApplicationTargetGroupProps, TargetType};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    /// let group = ApplicationTargetGroup::new(&stack, "Blue",
    ///     ApplicationTargetGroupProps::new(&vpc, 8080, TargetType::Ip).health_check_path("/health"));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: ApplicationTargetGroupProps) -> ApplicationTargetGroup {
        let scope = scope.as_scope().child(id);
        let interval = crate::limits::seconds(
            &scope,
            "target-health-check-interval",
            "health_check_interval",
            props.interval,
            5..=300,
        );
        let delay = crate::limits::seconds(
            &scope,
            "target-deregistration-delay",
            "deregistration_delay",
            props.deregistration_delay,
            0..=3600,
        );
        if !props.health_check_path.starts_with('/') {
            scope.report(
                Severity::Error,
                "target-health-check-path",
                format!("the health check path {:?} does not start with /", props.health_check_path),
                None,
            );
        }
        let target_type = match props.target_type {
            TargetType::Ip => l1::target_group::TargetType::Ip,
            TargetType::Instance => l1::target_group::TargetType::Instance,
        };
        let resource = scope.add(
            "Resource",
            l1::TargetGroup::new()
                .target_type(target_type)
                .protocol(l1::target_group::Protocol::Http)
                .port(i64::from(props.port))
                .vpc_id(props.vpc.id())
                .health_check_path(props.health_check_path)
                .health_check_interval_seconds(interval)
                .matcher(Matcher::new().http_code(props.healthy_codes))
                .target_group_attributes(vec![TargetGroupAttribute::new()
                    .key("deregistration_delay.timeout_seconds")
                    .value(delay.to_string())]),
        );
        ApplicationTargetGroup {
            scope,
            resource,
            port: props.port,
            target_type: props.target_type,
            addresses: Rc::default(),
        }
    }

    /// The group's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The targets' port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Registers `target`, reached from `lb`; with `after`, the target is created only once
    /// that listener exists (an ECS service needs its target group in a listener first).
    #[track_caller]
    pub fn add_target(
        &self,
        target: &impl LoadBalancerTarget,
        lb: &ApplicationLoadBalancer,
        after: Option<&Resource<l1::Listener>>,
    ) {
        if target.target_type() != self.target_type {
            self.scope.report(
                Severity::Error,
                "target-type",
                format!("a {:?} target in a target group of {:?} targets", target.target_type(), self.target_type),
                None,
            );
        }
        target.attach(self, lb, after);
    }

    /// Adds fixed targets (`Targets`): the IP addresses or instance ids given.
    pub(crate) fn register_addresses(&self, ids: &[Value<String>], port: u16) {
        let mut addresses = self.addresses.borrow_mut();
        addresses.extend(ids.iter().map(|id| TargetDescription::new(id.clone()).port(i64::from(port))));
        self.resource.set_property("Targets", forma_core::Expr::from(Value::from(addresses.clone())));
    }
}

/// What a listener can forward to: a Fargate service's tasks
/// (`service.load_balancer_target("web", 8080)`, or the service itself for its first
/// container's first port), or IP addresses ([`IpTarget`]).
pub trait LoadBalancerTarget {
    /// How its target group addresses it.
    fn target_type(&self) -> TargetType;

    /// The port it listens on.
    fn port(&self) -> u16;

    /// Registers it with `group`, letting `lb` reach it; created after `after`, when given.
    fn attach(
        &self,
        group: &ApplicationTargetGroup,
        lb: &ApplicationLoadBalancer,
        after: Option<&Resource<l1::Listener>>,
    );
}

/// Fixed IP addresses as targets (servers outside ECS, or in another VPC).
#[derive(Debug, Clone)]
pub struct IpTarget {
    addresses: Vec<Value<String>>,
    port: u16,
}

impl IpTarget {
    /// `addresses` listening on `port`.
    pub fn new<A: Into<Value<String>>>(addresses: impl IntoIterator<Item = A>, port: u16) -> Self {
        IpTarget { addresses: addresses.into_iter().map(Into::into).collect(), port }
    }
}

impl LoadBalancerTarget for IpTarget {
    fn target_type(&self) -> TargetType {
        TargetType::Ip
    }

    fn port(&self) -> u16 {
        self.port
    }

    fn attach(
        &self,
        group: &ApplicationTargetGroup,
        _lb: &ApplicationLoadBalancer,
        _after: Option<&Resource<l1::Listener>>,
    ) {
        group.register_addresses(&self.addresses, self.port);
    }
}
