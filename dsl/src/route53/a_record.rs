//! `route53::ARecord`: an alias record to a load balancer.

use forma_cfn::route53 as l1;
use forma_cfn::route53::record_set::AliasTarget;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use super::hosted_zone::{AsHostedZone, HostedZoneRef};
use crate::elbv2::ApplicationLoadBalancer;

/// What an [`ARecord`] is made of. Required: the zone, the name and the load balancer it
/// resolves to.
#[derive(Debug, Clone)]
pub struct ARecordProps {
    zone: HostedZoneRef,
    name: String,
    dns_name: Value<String>,
    target_zone: Value<String>,
}

impl ARecordProps {
    /// `name` (`www.example.com`, in `zone`) resolving to the load balancer `lb`, with its
    /// health evaluated.
    pub fn to_load_balancer(zone: &impl AsHostedZone, name: impl Into<String>, lb: &ApplicationLoadBalancer) -> Self {
        ARecordProps {
            zone: zone.as_hosted_zone(),
            name: name.into(),
            dns_name: lb.dns_name(),
            target_zone: lb.canonical_hosted_zone_id(),
        }
    }
}

/// An `A` alias record: the L1 `AWS::Route53::RecordSet` under the child id `Resource`.
#[derive(Clone)]
pub struct ARecord {
    scope: Scope,
    resource: Resource<l1::RecordSet>,
}

forma_core::construct!(ARecord, l1::RecordSet);

impl ARecord {
    /// A record under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ec2::{Vpc, VpcProps};
    /// use forma_dsl::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps};
    /// use forma_dsl::route53::{ARecord, ARecordProps, HostedZone};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let vpc = Vpc::new(&stack, "Vpc", VpcProps::default());
    /// let lb = ApplicationLoadBalancer::new(&stack, "LB", ApplicationLoadBalancerProps::new(&vpc));
    /// let zone = HostedZone::from_attributes(&stack, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
    /// ARecord::new(&stack, "Dns", ARecordProps::to_load_balancer(&zone, "www.example.com", &lb));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: ARecordProps) -> ARecord {
        let scope = scope.as_scope().child(id);
        let fqdn = props.name.trim_end_matches('.');
        if !props.zone.holds(fqdn) {
            scope.report(
                Severity::Error,
                "invalid-record",
                format!("{fqdn} is not in the zone {}", props.zone.name()),
                Some("name a record inside the hosted zone"),
            );
        }
        let resource = scope.add(
            "Resource",
            l1::RecordSet::new(format!("{fqdn}."), "A")
                .hosted_zone_id(props.zone.id())
                .alias_target(AliasTarget::new(props.dns_name, props.target_zone).evaluate_target_health(true)),
        );
        ARecord { scope, resource }
    }

    /// The record's name.
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }
}
