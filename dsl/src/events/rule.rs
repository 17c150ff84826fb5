//! `events::Rule`: a schedule or an event pattern, and targets that get the permissions they
//! need.

use forma_cfn::events as l1;
use forma_core::intent::EventKind;
use forma_core::value::{Json, Value};
use forma_core::{AsScope, Resource, Scope, Severity};

use super::schedule::Schedule;
use crate::iam::ServicePrincipal;
use crate::lambda::{AsFunction, FunctionRef};
use crate::sns::{AsTopic, TopicRef};
use crate::sqs::{AsQueue, QueueRef};

/// What a [`Rule`] is made of. Required: a schedule or an event pattern.
#[derive(Debug, Clone)]
pub struct RuleProps {
    trigger: Trigger,
    description: Option<Value<String>>,
    disabled: bool,
}

#[derive(Debug, Clone)]
enum Trigger {
    Schedule(Schedule),
    Pattern(Value<Json>),
}

impl RuleProps {
    /// Fires on `schedule` (on the default event bus).
    pub fn schedule(schedule: Schedule) -> Self {
        RuleProps { trigger: Trigger::Schedule(schedule), description: None, disabled: false }
    }

    /// Fires on events matching `pattern` (`obj! { "source" => list!["aws.s3"] }`).
    pub fn pattern(pattern: impl Into<Value<Json>>) -> Self {
        RuleProps { trigger: Trigger::Pattern(pattern.into()), description: None, disabled: false }
    }

    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Creates the rule switched off. Default: enabled.
    pub fn disabled(mut self) -> Self {
        self.disabled = true;
        self
    }
}

/// Where a rule sends what matched: build one with [`RuleTarget::function`],
/// [`RuleTarget::queue`] or [`RuleTarget::topic`].
#[derive(Debug, Clone)]
pub struct RuleTarget {
    target: Kind,
    input: Option<Value<String>>,
}

#[derive(Debug, Clone)]
enum Kind {
    Function(FunctionRef),
    Queue(QueueRef),
    Topic(TopicRef),
}

impl RuleTarget {
    /// Invokes `function` (of this app or imported), which lets this rule invoke it.
    pub fn function(function: &impl AsFunction) -> Self {
        RuleTarget { target: Kind::Function(function.as_function()), input: None }
    }

    /// Sends to `queue`, whose policy lets this rule send.
    pub fn queue(queue: &impl AsQueue) -> Self {
        RuleTarget { target: Kind::Queue(queue.as_queue()), input: None }
    }

    /// Publishes to `topic`, whose policy lets this rule publish.
    pub fn topic(topic: &impl AsTopic) -> Self {
        RuleTarget { target: Kind::Topic(topic.as_topic()), input: None }
    }

    /// Sends this JSON text (`r#"{"job": "nightly"}"#`) instead of the event. Default: the
    /// event.
    pub fn input(mut self, json_text: impl Into<Value<String>>) -> Self {
        self.input = Some(json_text.into());
        self
    }
}

/// An EventBridge rule: the L1 `AWS::Events::Rule` under the child id `Resource`.
#[derive(Clone)]
pub struct Rule {
    scope: Scope,
    resource: Resource<l1::Rule>,
    /// The schedule expression, for a scheduled rule.
    schedule: Option<String>,
    targets: std::rc::Rc<std::cell::RefCell<Vec<(String, l1::rule::Target)>>>,
}

forma_core::construct!(Rule, l1::Rule);

impl Rule {
    /// A rule under `scope` with id `id`; add where it sends with [`Rule::add_target`].
    ///
    /// ```
    /// use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
    /// use forma_dsl::sqs::{Queue, QueueProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Jobs");
    /// let jobs = Queue::new(&stack, "Jobs", QueueProps::default());
    /// let nightly = Rule::new(&stack, "Nightly", RuleProps::schedule(Schedule::daily_at(2, 0)));
    /// nightly.add_target(RuleTarget::queue(&jobs).input(r#"{"job": "nightly"}"#));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: RuleProps) -> Rule {
        let scope = scope.as_scope().child(id);
        let mut rule = l1::Rule::new();
        let schedule = match &props.trigger {
            Trigger::Schedule(s) => Some(s.text()),
            Trigger::Pattern(_) => None,
        };
        match props.trigger {
            Trigger::Schedule(s) => {
                if let Err(why) = s.expression() {
                    scope.report(
                        Severity::Error,
                        "invalid-schedule",
                        why,
                        Some("see the EventBridge schedule expression reference"),
                    );
                }
                rule = rule.schedule_expression(s.text());
            }
            Trigger::Pattern(p) => rule = rule.event_pattern(p),
        }
        if let Some(d) = props.description {
            rule = rule.description(d);
        }
        rule = rule.state(if props.disabled { l1::rule::State::Disabled } else { l1::rule::State::Enabled });
        let resource = scope.add("Resource", rule);
        Rule { scope, resource, schedule, targets: Default::default() }
    }

    /// The rule's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// Sends what the rule matches to `target`, which lets this rule (and only it) deliver.
    #[track_caller]
    pub fn add_target(&self, target: RuleTarget) {
        let (arn, name) = match &target.target {
            Kind::Function(f) => {
                let permission =
                    f.allow_invoke(&format!("{}Permission", self.scope.id()), ServicePrincipal::events(), self.arn());
                let kind = if self.schedule.is_some() { EventKind::Schedule } else { EventKind::EventBridgeRule };
                f.note_event(kind, &self.scope.id(), vec![self.resource.node_id(), permission.node_id()]);
                (f.arn(), f.path())
            }
            Kind::Queue(q) => {
                if q.uses_aws_managed_key() {
                    self.scope.report(
                        Severity::Error,
                        "event-target-encryption",
                        format!("EventBridge cannot send to {}: it is encrypted with the AWS managed key", q.path()),
                        Some("encrypt the queue with QueueEncryption::SqsManaged or a customer key"),
                    );
                }
                q.target.allow_delivery(
                    ServicePrincipal::events(),
                    "sqs:SendMessage",
                    q.arn(),
                    vec![("ArnEquals", "aws:SourceArn", self.arn())],
                    &format!("the rule {}", self.scope.path()),
                );
                (q.arn(), q.path())
            }
            Kind::Topic(t) => {
                if t.uses_aws_managed_key() {
                    self.scope.report(
                        Severity::Error,
                        "event-target-encryption",
                        format!("EventBridge cannot publish to {}: it is encrypted with the AWS managed key", t.path()),
                        Some("encrypt the topic with TopicEncryption::Kms(key)"),
                    );
                }
                t.target.allow_delivery(
                    ServicePrincipal::events(),
                    "sns:Publish",
                    t.arn(),
                    vec![("ArnEquals", "aws:SourceArn", self.arn())],
                    &format!("the rule {}", self.scope.path()),
                );
                (t.arn(), t.path())
            }
        };
        let mut targets = self.targets.borrow_mut();
        let base: String =
            name.rsplit('/').next().unwrap_or(&name).chars().filter(char::is_ascii_alphanumeric).take(60).collect();
        let mut ids: Vec<String> = targets.iter().map(|(t, _)| t.clone()).collect();
        let id = crate::limits::unique_id(&mut ids, &base);
        let mut t = l1::rule::Target::new(arn, id.clone());
        if let Some(input) = target.input {
            t = t.input(input);
        }
        targets.push((id, t));
        let list: Vec<l1::rule::Target> = targets.iter().map(|(_, t)| t.clone()).collect();
        self.resource.set_property("Targets", forma_core::Expr::from(Value::from(list)));
    }
}
