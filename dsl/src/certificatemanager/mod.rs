//! Certificate Manager: certificates validated by DNS in a Route 53 zone.

use forma_cfn::certificatemanager as l1;
use forma_cfn::certificatemanager::certificate::DomainValidationOption;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::route53::HostedZone;

/// A public certificate for `domain` (and alternative names), validated by the DNS records
/// CloudFormation writes into `zone`: the stack waits until it is issued.
#[derive(Debug, Clone)]
pub struct Certificate {
    scope: Scope,
    resource: Resource<l1::Certificate>,
}

impl Certificate {
    #[track_caller]
    pub fn new(
        scope: &impl AsScope,
        id: &str,
        domain: &str,
        alternative_names: &[&str],
        zone: &HostedZone,
    ) -> Certificate {
        let scope = scope.as_scope().child(id);
        let names: Vec<&str> = std::iter::once(domain).chain(alternative_names.iter().copied()).collect();
        for n in &names {
            let bare = n.trim_start_matches("*.");
            if bare != zone.name() && !bare.ends_with(&format!(".{}", zone.name())) {
                scope.report(
                    Severity::Error,
                    "invalid-certificate",
                    format!("{n} is not in the zone {}, so DNS cannot validate it", zone.name()),
                    None,
                );
            }
        }
        let mut cert = l1::Certificate::new(domain).validation_method("DNS").domain_validation_options(
            names
                .iter()
                .map(|n| DomainValidationOption::new().domain_name(*n).hosted_zone_id(zone.id()))
                .collect::<Vec<_>>(),
        );
        if !alternative_names.is_empty() {
            cert =
                cert.subject_alternative_names(alternative_names.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        }
        let resource = scope.add("Resource", cert);
        Certificate { scope, resource }
    }

    /// The certificate's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The L1 `AWS::CertificateManager::Certificate`.
    pub fn resource(&self) -> &Resource<l1::Certificate> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }
}
