//! EventBridge: rules on a schedule or an event pattern, with targets that get the
//! permissions they need.

mod rule;
mod schedule;

pub use rule::{Rule, RuleProps, RuleTarget};
pub use schedule::Schedule;
