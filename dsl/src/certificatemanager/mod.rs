//! Certificate Manager: certificates validated by DNS in a Route 53 zone.

mod certificate;

pub use certificate::{Certificate, CertificateProps};
