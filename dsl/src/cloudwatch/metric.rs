//! Metrics: what a construct reports to CloudWatch, for alarms.

use std::time::Duration;

use forma_core::value::Value;

/// How a metric's data points are aggregated over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statistic {
    /// The mean of the data points.
    Average,
    /// The highest data point.
    Maximum,
    /// The lowest data point.
    Minimum,
    /// The data points added up.
    Sum,
    /// How many data points there were.
    SampleCount,
}

impl Statistic {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Statistic::Average => "Average",
            Statistic::Maximum => "Maximum",
            Statistic::Minimum => "Minimum",
            Statistic::Sum => "Sum",
            Statistic::SampleCount => "SampleCount",
        }
    }
}

/// A CloudWatch metric: namespace, name, dimensions, and how to read it.
#[derive(Debug, Clone)]
pub struct Metric {
    pub(crate) namespace: String,
    pub(crate) name: String,
    pub(crate) dimensions: Vec<(String, Value<String>)>,
    pub(crate) statistic: Statistic,
    pub(crate) period: Duration,
}

impl Metric {
    /// Any metric (`Metric::new("AWS/SQS", "NumberOfMessagesSent")`), summed per 5 minutes.
    ///
    /// ```
    /// use forma_dsl::cloudwatch::{Metric, Statistic};
    /// let errors = Metric::new("AWS/ApiGateway", "5XXError")
    ///     .dimension("ApiName", "shop")
    ///     .statistic(Statistic::Average);
    /// ```
    pub fn new(namespace: impl Into<String>, name: impl Into<String>) -> Self {
        Metric {
            namespace: namespace.into(),
            name: name.into(),
            dimensions: Vec::new(),
            statistic: Statistic::Sum,
            period: Duration::from_secs(300),
        }
    }

    /// Adds a dimension. Default: none (the metric across the whole namespace).
    pub fn dimension(mut self, name: impl Into<String>, value: impl Into<Value<String>>) -> Self {
        self.dimensions.push((name.into(), value.into()));
        self
    }

    /// Default: `Statistic::Sum` (the metrics of constructs pick their own).
    pub fn statistic(mut self, statistic: Statistic) -> Self {
        self.statistic = statistic;
        self
    }

    /// The period each data point covers: 10 s, 30 s or a multiple of 60 s. Default: 5
    /// minutes.
    pub fn period(mut self, period: Duration) -> Self {
        self.period = period;
        self
    }
}

impl crate::sqs::Queue {
    /// Messages waiting to be received (`ApproximateNumberOfMessagesVisible`, maximum): the
    /// queue's depth; on a dead-letter queue, the messages that failed.
    pub fn metric_visible_messages(&self) -> Metric {
        Metric::new("AWS/SQS", "ApproximateNumberOfMessagesVisible")
            .dimension("QueueName", self.name())
            .statistic(Statistic::Maximum)
    }

    /// The age of the oldest message, in seconds (maximum).
    pub fn metric_age_of_oldest_message(&self) -> Metric {
        Metric::new("AWS/SQS", "ApproximateAgeOfOldestMessage")
            .dimension("QueueName", self.name())
            .statistic(Statistic::Maximum)
    }
}

impl crate::lambda::Function {
    /// Invocations that failed (sum).
    pub fn metric_errors(&self) -> Metric {
        Metric::new("AWS/Lambda", "Errors").dimension("FunctionName", self.name())
    }

    /// Invocations refused for want of concurrency (sum).
    pub fn metric_throttles(&self) -> Metric {
        Metric::new("AWS/Lambda", "Throttles").dimension("FunctionName", self.name())
    }

    /// How long invocations run, in milliseconds (maximum).
    pub fn metric_duration(&self) -> Metric {
        Metric::new("AWS/Lambda", "Duration").dimension("FunctionName", self.name()).statistic(Statistic::Maximum)
    }
}

impl crate::kinesis::Stream {
    /// How far behind its consumers are, in milliseconds (`GetRecords.IteratorAgeMilliseconds`,
    /// maximum).
    pub fn metric_iterator_age(&self) -> Metric {
        Metric::new("AWS/Kinesis", "GetRecords.IteratorAgeMilliseconds")
            .dimension("StreamName", self.name())
            .statistic(Statistic::Maximum)
    }
}

impl crate::dynamodb::Table {
    /// Requests refused for want of capacity (sum).
    pub fn metric_throttled_requests(&self) -> Metric {
        Metric::new("AWS/DynamoDB", "ThrottledRequests").dimension("TableName", self.name())
    }
}
