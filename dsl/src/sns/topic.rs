//! `sns::Topic`: encrypted, with typed subscriptions that bring the permissions they need.

use forma_cfn::sns as l1;
use forma_core::intent::EventKind;
use forma_core::value::{Json, Value};
use forma_core::{AsScope, Resource, Scope, Severity};

use super::perms;
use crate::iam::{Grant, Grantable, PolicyStatement, ResourcePolicy, ServicePrincipal};
use crate::kms::Key;
use crate::lambda::Function;
use crate::sqs::Queue;

/// How a topic's messages are encrypted at rest.
#[derive(Debug, Clone, Default)]
pub enum TopicEncryption {
    /// The account's AWS managed key for SNS (`alias/aws/sns`). AWS services that publish on
    /// their own (S3 notifications, CloudWatch alarms) cannot use it: give them a topic with a
    /// customer-managed key.
    #[default]
    KmsManaged,
    /// A customer-managed key; `grant_publish` also grants its use.
    Kms(Key),
}

/// What a [`Topic`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct TopicProps {
    topic_name: Option<String>,
    display_name: Option<Value<String>>,
    fifo: bool,
    content_based_deduplication: bool,
    encryption: TopicEncryption,
}

impl TopicProps {
    /// A fixed name (a FIFO topic's ends in `.fifo`). Default: CloudFormation names it.
    pub fn topic_name(mut self, name: impl Into<String>) -> Self {
        self.topic_name = Some(name.into());
        self
    }

    /// The name shown as the sender of SMS and email messages. Default: none.
    pub fn display_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.display_name = Some(name.into());
        self
    }

    /// A FIFO topic, which delivers to FIFO queues only. Default: a standard topic.
    pub fn fifo(mut self) -> Self {
        self.fifo = true;
        self
    }

    /// Deduplicates FIFO messages by a hash of their body. Default: off.
    pub fn content_based_deduplication(mut self) -> Self {
        self.content_based_deduplication = true;
        self
    }

    /// Default: `TopicEncryption::KmsManaged`.
    pub fn encryption(mut self, encryption: TopicEncryption) -> Self {
        self.encryption = encryption;
        self
    }
}

/// Where a topic delivers: build one with [`Subscription::sqs`], [`Subscription::email`] or
/// [`Subscription::https`], then options.
#[derive(Debug, Clone)]
pub struct Subscription {
    target: Target,
    raw_message_delivery: bool,
    filter_policy: Option<Value<Json>>,
}

#[derive(Debug, Clone)]
enum Target {
    Sqs(Queue),
    Lambda(Function),
    Email(String),
    Https(String),
}

impl Subscription {
    /// Delivers to `queue`; the queue's policy lets this topic (and only it) send to it.
    pub fn sqs(queue: &Queue) -> Self {
        Subscription::with(Target::Sqs(queue.clone()))
    }

    /// Invokes `function` with each message; the function lets this topic (and only it)
    /// invoke it.
    pub fn lambda(function: &Function) -> Self {
        Subscription::with(Target::Lambda(function.clone()))
    }

    /// Mails `address` (who must confirm the subscription).
    pub fn email(address: impl Into<String>) -> Self {
        Subscription::with(Target::Email(address.into()))
    }

    /// POSTs to `url` (which must confirm the subscription).
    pub fn https(url: impl Into<String>) -> Self {
        Subscription::with(Target::Https(url.into()))
    }

    fn with(target: Target) -> Self {
        Subscription { target, raw_message_delivery: false, filter_policy: None }
    }

    /// Delivers the message as published, without SNS's JSON envelope (SQS and HTTPS).
    /// Default: enveloped.
    pub fn raw_message_delivery(mut self) -> Self {
        self.raw_message_delivery = true;
        self
    }

    /// Delivers only messages whose attributes match the filter policy. Default: every
    /// message.
    pub fn filter_policy(mut self, policy: impl Into<Value<Json>>) -> Self {
        self.filter_policy = Some(policy.into());
        self
    }
}

/// An SNS topic: the L1 `AWS::SNS::Topic` under the child id `Resource`, encrypted, and from
/// the first statement added to it, a topic policy (`Policy`).
#[derive(Clone)]
pub struct Topic {
    scope: Scope,
    resource: Resource<l1::Topic>,
    key: Option<Key>,
    fifo: bool,
    policy: ResourcePolicy<l1::TopicPolicy>,
}

impl std::fmt::Debug for Topic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Topic({})", self.scope.path())
    }
}

impl Topic {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: TopicProps) -> Topic {
        let scope = scope.as_scope().child(id);
        let (key_id, key): (Value<String>, Option<Key>) = match &props.encryption {
            TopicEncryption::KmsManaged => ("alias/aws/sns".into(), None),
            TopicEncryption::Kms(key) => (key.arn(), Some(key.clone())),
        };
        let mut topic = l1::Topic::new().kms_master_key_id(key_id);
        if let Some(name) = &props.topic_name {
            if props.fifo != name.ends_with(".fifo") {
                scope.report(
                    Severity::Error,
                    "topic-fifo-name",
                    format!("the topic name {name:?} must end in .fifo exactly when the topic is FIFO"),
                    None,
                );
            }
            topic = topic.topic_name(name.clone());
        }
        if let Some(d) = props.display_name {
            topic = topic.display_name(d);
        }
        if props.fifo {
            topic = topic.fifo_topic(true);
            if props.content_based_deduplication {
                topic = topic.content_based_deduplication(true);
            }
        } else if props.content_based_deduplication {
            scope.report(
                Severity::Error,
                "topic-deduplication",
                "content-based deduplication needs a FIFO topic",
                None,
            );
        }
        let resource = scope.add("Resource", topic);
        Topic { scope, resource, key, fifo: props.fifo, policy: ResourcePolicy::default() }
    }

    /// The topic's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The topic's name.
    pub fn name(&self) -> Value<String> {
        self.resource.topic_name()
    }

    pub fn is_fifo(&self) -> bool {
        self.fifo
    }

    /// The customer-managed key that encrypts it; `None` for the AWS managed key.
    pub fn encryption_key(&self) -> Option<&Key> {
        self.key.as_ref()
    }

    /// Adds a statement to the topic's policy, creating it (`Policy`) on first use.
    #[track_caller]
    pub fn add_to_resource_policy(&self, statement: PolicyStatement) -> Resource<l1::TopicPolicy> {
        self.policy
            .add(statement, |document| self.scope.add("Policy", l1::TopicPolicy::new(document, vec![self.arn()])))
    }

    /// The L1 `AWS::SNS::Topic`, for anything this construct does not offer.
    pub fn resource(&self) -> &Resource<l1::Topic> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Subscribes `subscription`'s target. An SQS subscription lives with the queue (in its
    /// stack), with a statement in the queue's policy allowing this topic to send.
    #[track_caller]
    pub fn add_subscription(&self, subscription: Subscription) -> Resource<l1::Subscription> {
        // The function and its permission, for the function's intent.
        let mut invoked = None;
        let (protocol, endpoint, parent, id) = match &subscription.target {
            Target::Sqs(queue) => {
                if self.fifo && !queue.is_fifo() {
                    self.scope.report(
                        Severity::Error,
                        "fifo-topic-subscriber",
                        format!("the FIFO topic cannot deliver to the standard queue {}", queue.path()),
                        Some("subscribe a FIFO queue, or make the topic standard"),
                    );
                }
                let _ = queue.add_to_resource_policy(
                    PolicyStatement::allow()
                        .principal(ServicePrincipal::sns())
                        .action("sqs:SendMessage")
                        .resource(queue.arn())
                        .condition("ArnEquals", "aws:SourceArn", self.arn()),
                );
                ("sqs", queue.arn(), queue.construct_scope().clone(), format!("{}Subscription", self.scope.id()))
            }
            Target::Lambda(function) => {
                if self.fifo {
                    self.scope.report(
                        Severity::Error,
                        "fifo-topic-subscriber",
                        format!("the FIFO topic cannot deliver to the function {}", function.path()),
                        Some("FIFO topics deliver to FIFO queues only; subscribe a queue and poll it"),
                    );
                }
                let permission = function.allow_invoke(
                    &format!("{}Permission", self.scope.id()),
                    ServicePrincipal::sns(),
                    self.arn(),
                );
                invoked = Some((function.clone(), permission.node_id()));
                let id = function.child_id(&format!("{}Subscription", self.scope.id()));
                ("lambda", function.arn(), function.scope.clone(), id)
            }
            Target::Email(address) => ("email", address.into(), self.scope.clone(), format!("Email{}", alnum(address))),
            Target::Https(url) => ("https", url.into(), self.scope.clone(), format!("Https{}", alnum(url))),
        };
        let mut sub = l1::Subscription::new(protocol, self.arn()).endpoint(endpoint);
        if subscription.raw_message_delivery {
            if matches!(subscription.target, Target::Email(_) | Target::Lambda(_)) {
                self.scope.report(
                    Severity::Error,
                    "raw-message-delivery",
                    "raw message delivery is for SQS and HTTPS subscriptions",
                    None,
                );
            }
            sub = sub.raw_message_delivery(true);
        }
        if let Some(f) = subscription.filter_policy {
            sub = sub.filter_policy(f);
        }
        let sub = parent.add(&id, sub);
        if let Some((function, permission)) = invoked {
            function.note_event(EventKind::Sns, &self.scope.id(), vec![sub.node_id(), permission]);
        }
        sub
    }

    /// Lets `grantee` publish to the topic.
    #[track_caller]
    pub fn grant_publish(&self, grantee: &impl Grantable) -> Grant {
        let grant = Grant::new(
            grantee,
            PolicyStatement::allow().actions(perms::PUBLISH_ACTIONS.iter().copied()).resource(self.arn()),
        );
        if let Some(key) = &self.key {
            let _ = key.grant(grantee, perms::KEY_PUBLISH_ACTIONS);
        }
        grant
    }
}

/// The letters and digits of an endpoint, short enough for an id.
fn alnum(s: &str) -> String {
    crate::limits::alnum(s).chars().take(200).collect()
}
