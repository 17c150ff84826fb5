//! Route 53: a hosted zone given by id and name (no lookup at synth), and alias records to
//! load balancers.

use forma_cfn::route53 as l1;
use forma_cfn::route53::record_set::AliasTarget;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Severity};

use crate::elbv2::ApplicationLoadBalancer;

/// An existing hosted zone: its id and domain name, known to the user (`forma` does no
/// lookup at synth).
#[derive(Debug, Clone)]
pub struct HostedZone {
    id: String,
    name: String,
}

impl HostedZone {
    /// The zone `id` (`Z0123456789ABCDEFGHIJ`) serving `name` (`example.com`).
    pub fn from_attributes(id: impl Into<String>, name: impl Into<String>) -> Self {
        HostedZone { id: id.into(), name: name.into().trim_end_matches('.').to_owned() }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// `example.com`.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// An `A` alias record: `name` (`www.example.com`, in `zone`) resolving to a load balancer;
/// the L1 `AWS::Route53::RecordSet` under the child id `Resource`.
#[derive(Debug, Clone)]
pub struct ARecord {
    resource: Resource<l1::RecordSet>,
}

impl ARecord {
    #[track_caller]
    pub fn to_load_balancer(
        scope: &impl AsScope,
        id: &str,
        zone: &HostedZone,
        name: &str,
        lb: &ApplicationLoadBalancer,
    ) -> ARecord {
        let scope = scope.as_scope().child(id);
        let fqdn = name.trim_end_matches('.');
        if fqdn != zone.name && !fqdn.ends_with(&format!(".{}", zone.name)) {
            scope.report(
                Severity::Error,
                "invalid-record",
                format!("{fqdn} is not in the zone {}", zone.name),
                Some("name a record inside the hosted zone"),
            );
        }
        let resource = scope.add(
            "Resource",
            l1::RecordSet::new(format!("{fqdn}."), "A").hosted_zone_id(zone.id.clone()).alias_target(
                AliasTarget::new(lb.dns_name(), lb.canonical_hosted_zone_id()).evaluate_target_health(true),
            ),
        );
        ARecord { resource }
    }

    /// The L1 `AWS::Route53::RecordSet`.
    pub fn resource(&self) -> &Resource<l1::RecordSet> {
        &self.resource
    }

    /// The record's name.
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }
}
