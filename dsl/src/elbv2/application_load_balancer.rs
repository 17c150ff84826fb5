//! `elbv2::ApplicationLoadBalancer`: an ALB in its own security group.

use std::time::Duration;

use forma_cfn::elasticloadbalancingv2 as l1;
use forma_cfn::elasticloadbalancingv2::load_balancer::LoadBalancerAttribute;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::ec2::{AsVpc, Connectable, Connections, SecurityGroup, SecurityGroupProps, SubnetType, VpcRef};

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
    pub(super) scope: Scope,
    resource: Resource<l1::LoadBalancer>,
    pub(super) security_group: SecurityGroup,
    pub(super) vpc: VpcRef,
    pub(super) internal: bool,
}

forma_core::construct!(ApplicationLoadBalancer, l1::LoadBalancer);

impl ApplicationLoadBalancer {
    /// A load balancer under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ec2::{Vpc, VpcProps};
    /// use forma_dsl::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    /// let lb = ApplicationLoadBalancer::new(&stack, "LB", ApplicationLoadBalancerProps::new(&vpc));
    /// ```
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

    /// Its security group, which lets in the listeners' ports.
    pub fn security_group(&self) -> &SecurityGroup {
        &self.security_group
    }

    /// The VPC it is in.
    pub fn vpc(&self) -> &VpcRef {
        &self.vpc
    }
}

impl Connectable for ApplicationLoadBalancer {
    fn connections(&self) -> Connections {
        self.security_group.connections()
    }
}
