//! `elbv2::Listener`: a port of a load balancer, forwarding to target groups.

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::elasticloadbalancingv2 as l1;
use forma_cfn::elasticloadbalancingv2::listener::{Action, Certificate, RedirectConfig, StatusCode};
use forma_core::value::Value;
use forma_core::{Resource, Scope, Severity};

use super::application_load_balancer::ApplicationLoadBalancer;
use super::target_group::{ApplicationTargetGroup, ApplicationTargetGroupProps, LoadBalancerTarget};
use crate::ec2::Port;

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

/// A listener of an [`ApplicationLoadBalancer`] (made with
/// [`ApplicationLoadBalancer::add_listener`]): the L1
/// `AWS::ElasticLoadBalancingV2::Listener` under the child id `Resource`.
#[derive(Clone)]
pub struct Listener {
    scope: Scope,
    resource: Resource<l1::Listener>,
    lb: ApplicationLoadBalancer,
    /// The target groups it forwards to, weighted evenly.
    groups: Rc<RefCell<Vec<Value<String>>>>,
}

forma_core::construct!(Listener, l1::Listener);

impl ApplicationLoadBalancer {
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
        Listener { scope, resource, lb: self.clone(), groups: Rc::default() }
    }
}

impl Listener {
    /// Forwards requests to `target` (a Fargate service, `service.load_balancer_target(..)`,
    /// or IP addresses) through a target group of its own (`id`, under the listener), set
    /// up by `configure` (health check, draining; `|group| group` keeps the defaults); lets
    /// the load balancer reach the target.
    ///
    /// ```
    /// # use forma_dsl::ec2::{Vpc, VpcProps};
    /// # use forma_dsl::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps, IpTarget, ListenerProps};
    /// # let app = forma_dsl::App::new();
    /// # let stack = app.stack("Web");
    /// # let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    /// let lb = ApplicationLoadBalancer::new(&stack, "LB", ApplicationLoadBalancerProps::new(&vpc));
    /// let http = lb.add_listener("Http", ListenerProps::http(80));
    /// http.add_targets("Legacy", &IpTarget::new(["10.0.1.5", "10.0.2.5"], 8080), |g| g.health_check_path("/ping"));
    /// ```
    #[track_caller]
    pub fn add_targets(
        &self,
        id: &str,
        target: &impl LoadBalancerTarget,
        configure: impl FnOnce(ApplicationTargetGroupProps) -> ApplicationTargetGroupProps,
    ) -> ApplicationTargetGroup {
        let props = configure(ApplicationTargetGroupProps::new(&self.lb.vpc, target.port(), target.target_type()));
        let group = ApplicationTargetGroup::new(&self.scope, id, props);
        group.add_target(target, &self.lb, Some(&self.resource));
        self.add_target_groups(&[&group]);
        group
    }

    /// Forwards requests to `groups` (made with [`ApplicationTargetGroup::new`]), evenly
    /// with any it forwards to already.
    pub fn add_target_groups(&self, groups: &[&ApplicationTargetGroup]) {
        let mut all = self.groups.borrow_mut();
        all.extend(groups.iter().map(|g| g.arn()));
        let forward = match all.as_slice() {
            [one] => Action::new(l1::listener::Type::Forward).target_group_arn(one.clone()),
            many => Action::new(l1::listener::Type::Forward).forward_config(
                l1::listener::ForwardConfig::new().target_groups(
                    many.iter()
                        .map(|arn| l1::listener::TargetGroupTuple::new().target_group_arn(arn.clone()).weight(1))
                        .collect::<Vec<_>>(),
                ),
            ),
        };
        self.resource.set_property("DefaultActions", forma_core::Expr::from(Value::from(vec![forward])));
    }
}
