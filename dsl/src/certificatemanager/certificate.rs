//! `certificatemanager::Certificate`: a public certificate validated by DNS.

use forma_cfn::certificatemanager as l1;
use forma_cfn::certificatemanager::certificate::DomainValidationOption;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::route53::{AsHostedZone, HostedZoneRef};

/// What a [`Certificate`] is made of. Required: the domain and the zone that validates it.
#[derive(Debug, Clone)]
pub struct CertificateProps {
    domain: String,
    zone: HostedZoneRef,
    alternative_names: Vec<String>,
}

impl CertificateProps {
    /// A certificate for `domain` (`www.example.com`, `*.example.com`), validated by DNS
    /// records in `zone` (of this app, or referenced with `HostedZone::from_attributes`).
    pub fn new(domain: impl Into<String>, zone: &impl AsHostedZone) -> Self {
        CertificateProps { domain: domain.into(), zone: zone.as_hosted_zone(), alternative_names: Vec::new() }
    }

    /// Another name the certificate covers, in the same zone. Default: only the domain.
    pub fn alternative_name(mut self, name: impl Into<String>) -> Self {
        self.alternative_names.push(name.into());
        self
    }
}

/// A public certificate for a domain (and alternative names), validated by the DNS records
/// CloudFormation writes into the zone: the stack waits until it is issued. The L1
/// `AWS::CertificateManager::Certificate` under the child id `Resource`.
#[derive(Clone)]
pub struct Certificate {
    scope: Scope,
    resource: Resource<l1::Certificate>,
}

forma_core::construct!(Certificate, l1::Certificate);

impl Certificate {
    /// A certificate under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::certificatemanager::{Certificate, CertificateProps};
    /// use forma_dsl::route53::HostedZone;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let zone = HostedZone::from_attributes(&stack, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
    /// let cert = Certificate::new(&stack, "Cert", CertificateProps::new("www.example.com", &zone));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: CertificateProps) -> Certificate {
        let scope = scope.as_scope().child(id);
        let zone = &props.zone;
        let names: Vec<&str> =
            std::iter::once(props.domain.as_str()).chain(props.alternative_names.iter().map(String::as_str)).collect();
        for n in &names {
            if !zone.holds(n) {
                scope.report(
                    Severity::Error,
                    "invalid-certificate",
                    format!("{n} is not in the zone {}, so DNS cannot validate it", zone.name()),
                    None,
                );
            }
        }
        let mut cert = l1::Certificate::new(props.domain.clone()).validation_method("DNS").domain_validation_options(
            names
                .iter()
                .map(|n| DomainValidationOption::new().domain_name(*n).hosted_zone_id(zone.id()))
                .collect::<Vec<_>>(),
        );
        if !props.alternative_names.is_empty() {
            cert = cert.subject_alternative_names(props.alternative_names.clone());
        }
        let resource = scope.add("Resource", cert);
        Certificate { scope, resource }
    }

    /// The certificate's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }
}
