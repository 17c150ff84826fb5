//! Route 53: hosted zones (made here, or an existing one referenced by id and name, with no
//! lookup at synth) and alias records to load balancers.

mod a_record;
mod hosted_zone;

pub use a_record::{ARecord, ARecordProps};
pub use hosted_zone::{AsHostedZone, HostedZone, HostedZoneProps, HostedZoneRef};
