//! CloudWatch Logs: log groups with retention set.

mod log_group;

pub use log_group::{AsLogGroup, LogGroup, LogGroupProps, LogGroupRef, Retention};
