//! CloudWatch: alarms on the metrics constructs report.

mod alarm;
mod metric;

pub use alarm::{Alarm, AlarmProps, Comparison, MissingData};
pub use metric::{Metric, Statistic};
