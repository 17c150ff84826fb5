//! `cloudwatch::Alarm`: an alarm on any construct's metric, notifying SNS topics.

use forma_cfn::cloudwatch as l1;
use forma_cfn::cloudwatch::alarm::{ComparisonOperator, Dimension, TreatMissingData};
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use super::metric::Metric;
use crate::iam::{PolicyStatement, ServicePrincipal};
use crate::limits;
use crate::sns::AsTopic;

/// How a data point compares to the threshold to be in alarm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// Above the threshold.
    GreaterThan,
    /// At or above the threshold.
    GreaterThanOrEqual,
    /// Below the threshold.
    LessThan,
    /// At or below the threshold.
    LessThanOrEqual,
}

/// What a period without data counts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MissingData {
    /// Neither good nor bad: the alarm keeps its state.
    #[default]
    Missing,
    /// Good (a queue that reports nothing is empty).
    NotBreaching,
    /// Bad: the alarm goes off (a heartbeat that stops reporting).
    Breaching,
    /// Skipped: the state is decided on the periods that have data.
    Ignore,
}

/// What an [`Alarm`] is made of. Required: the metric, the comparison and the threshold.
#[derive(Debug, Clone)]
pub struct AlarmProps {
    metric: Metric,
    comparison: Comparison,
    threshold: f64,
    evaluation_periods: u32,
    datapoints_to_alarm: Option<u32>,
    missing: MissingData,
    description: Option<Value<String>>,
}

impl AlarmProps {
    /// In alarm when `metric` compares `comparison` to `threshold`.
    pub fn new(metric: Metric, comparison: Comparison, threshold: f64) -> Self {
        AlarmProps {
            metric,
            comparison,
            threshold,
            evaluation_periods: 1,
            datapoints_to_alarm: None,
            missing: MissingData::Missing,
            description: None,
        }
    }

    /// How many recent periods are evaluated. Default: 1.
    pub fn evaluation_periods(mut self, periods: u32) -> Self {
        self.evaluation_periods = periods;
        self
    }

    /// How many of them must breach. Default: all of them.
    pub fn datapoints_to_alarm(mut self, datapoints: u32) -> Self {
        self.datapoints_to_alarm = Some(datapoints);
        self
    }

    /// Default: `MissingData::Missing`.
    pub fn missing_data(mut self, missing: MissingData) -> Self {
        self.missing = missing;
        self
    }

    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }
}

/// A CloudWatch alarm: the L1 `AWS::CloudWatch::Alarm` under the child id `Resource`.
#[derive(Clone)]
pub struct Alarm {
    scope: Scope,
    resource: Resource<l1::Alarm>,
    actions: std::rc::Rc<std::cell::RefCell<Vec<Value<String>>>>,
}

forma_core::construct!(Alarm, l1::Alarm);

impl Alarm {
    /// An alarm under `scope` with id `id`; it notifies no one until given an action.
    ///
    /// ```
    /// use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison};
    /// use forma_dsl::sqs::{Queue, QueueProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Work");
    /// let jobs = Queue::new(&stack, "Jobs", QueueProps::default());
    /// let backlog = Alarm::new(&stack, "Backlog",
    ///     AlarmProps::new(jobs.metric_visible_messages(), Comparison::GreaterThan, 100.0).evaluation_periods(3));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: AlarmProps) -> Alarm {
        let scope = scope.as_scope().child(id);
        let m = &props.metric;
        let period = limits::seconds(&scope, "alarm-period", "the metric's period", m.period, 10..=86_400);
        if (period > 60 && period % 60 != 0) || (period < 60 && period != 10 && period != 30) {
            scope.report(
                Severity::Error,
                "alarm-period",
                format!("the metric's period is {period} s; CloudWatch takes 10, 30 or a multiple of 60"),
                None,
            );
        }
        let periods =
            limits::within(&scope, "alarm-evaluation-periods", "evaluation_periods", props.evaluation_periods, 1..=100);
        let operator = match props.comparison {
            Comparison::GreaterThan => ComparisonOperator::GreaterThanThreshold,
            Comparison::GreaterThanOrEqual => ComparisonOperator::GreaterThanOrEqualToThreshold,
            Comparison::LessThan => ComparisonOperator::LessThanThreshold,
            Comparison::LessThanOrEqual => ComparisonOperator::LessThanOrEqualToThreshold,
        };
        let missing = match props.missing {
            MissingData::Missing => TreatMissingData::Missing,
            MissingData::NotBreaching => TreatMissingData::NotBreaching,
            MissingData::Breaching => TreatMissingData::Breaching,
            MissingData::Ignore => TreatMissingData::Ignore,
        };
        let dimensions: Vec<Dimension> =
            m.dimensions.iter().map(|(k, v)| Dimension::new(k.clone(), v.clone())).collect();
        let mut alarm = l1::Alarm::new()
            .namespace(m.namespace.clone())
            .metric_name(m.name.clone())
            .statistic(Value::<String>::from(m.statistic.as_str()))
            .period(period)
            .evaluation_periods(periods)
            .comparison_operator(operator)
            .threshold(props.threshold)
            .treat_missing_data(missing);
        if !dimensions.is_empty() {
            alarm = alarm.dimensions(dimensions);
        }
        if let Some(n) = props.datapoints_to_alarm {
            let n = limits::within(
                &scope,
                "alarm-datapoints",
                "datapoints_to_alarm",
                n,
                1..=props.evaluation_periods.max(1),
            );
            alarm = alarm.datapoints_to_alarm(n);
        }
        if let Some(d) = props.description {
            alarm = alarm.alarm_description(d);
        }
        let resource = scope.add("Resource", alarm);
        Alarm { scope, resource, actions: Default::default() }
    }

    /// The alarm's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// Notifies `topic` when the alarm goes off; CloudWatch may publish to it (and use its
    /// key).
    #[track_caller]
    pub fn add_alarm_action(&self, topic: &impl AsTopic) {
        let topic = topic.as_topic();
        if topic.uses_aws_managed_key() {
            self.scope.report(
                Severity::Error,
                "invalid-alarm-action",
                format!("CloudWatch cannot publish to {}: it is encrypted with the AWS managed key", topic.path()),
                Some("encrypt the topic with TopicEncryption::Kms(key)"),
            );
        }
        // CloudWatch's publishing is allowed by the key's policy: the topic's default policy
        // already lets the account's services publish.
        if let Some(key) = topic.key() {
            let use_key = PolicyStatement::allow()
                .principal(ServicePrincipal::new("cloudwatch.amazonaws.com"))
                .actions(["kms:GenerateDataKey*", "kms:Decrypt"])
                // In a key policy, `*` is the key itself.
                .resource("*");
            key.target.allow_service(use_key, &format!("the alarm {}", self.scope.path()));
        }
        let mut actions = self.actions.borrow_mut();
        if !actions.contains(&topic.arn()) {
            actions.push(topic.arn());
        }
        let list: Value<Vec<String>> = Value::from(actions.clone());
        self.resource.set_property("AlarmActions", forma_core::Expr::from(list));
    }
}
