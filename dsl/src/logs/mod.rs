//! CloudWatch Logs: log groups with retention set.

mod log_group;

pub use log_group::{LogGroup, LogGroupProps, Retention};
