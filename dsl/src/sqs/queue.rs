//! `sqs::Queue`: encrypted, with an optional dead-letter queue, retained by default.

use std::time::Duration;

use forma_cfn::sqs as l1;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{obj, AsScope, Resource, Scope, Severity};

use super::perms;
use crate::iam::{Grant, Grantable, PolicyStatement, ResourcePolicy};
use crate::kms::{perms as key_perms, Key};
use crate::limits;

/// How a queue's messages are encrypted at rest.
#[derive(Debug, Clone, Default)]
pub enum QueueEncryption {
    /// Keys SQS manages (SSE-SQS).
    #[default]
    SqsManaged,
    /// The account's AWS managed key for SQS (`alias/aws/sqs`).
    KmsManaged,
    /// A customer-managed key; grants on the queue also grant its use.
    Kms(Key),
}

/// What a [`Queue`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct QueueProps {
    queue_name: Option<String>,
    fifo: bool,
    content_based_deduplication: bool,
    visibility_timeout: Option<Duration>,
    retention: Option<Duration>,
    delivery_delay: Option<Duration>,
    receive_wait: Option<Duration>,
    dead_letter: Option<(Queue, u32)>,
    encryption: QueueEncryption,
    removal_policy: Option<RemovalPolicy>,
}

impl QueueProps {
    /// A fixed name (a FIFO queue's ends in `.fifo`). Default: CloudFormation names it.
    pub fn queue_name(mut self, name: impl Into<String>) -> Self {
        self.queue_name = Some(name.into());
        self
    }

    /// A FIFO queue: exactly-once, in order per message group. Default: a standard queue.
    pub fn fifo(mut self) -> Self {
        self.fifo = true;
        self
    }

    /// Deduplicates FIFO messages by a hash of their body. Default: off — senders give a
    /// deduplication id.
    pub fn content_based_deduplication(mut self) -> Self {
        self.content_based_deduplication = true;
        self
    }

    /// How long a received message stays hidden from other consumers, 0 to 12 hours; at
    /// least the timeout of a function that consumes the queue. Default: 30 seconds.
    pub fn visibility_timeout(mut self, timeout: Duration) -> Self {
        self.visibility_timeout = Some(timeout);
        self
    }

    /// How long a message is kept, 1 minute to 14 days. Default: 4 days.
    pub fn retention(mut self, retention: Duration) -> Self {
        self.retention = Some(retention);
        self
    }

    /// How long a new message waits before it can be received, up to 15 minutes. Default: 0.
    pub fn delivery_delay(mut self, delay: Duration) -> Self {
        self.delivery_delay = Some(delay);
        self
    }

    /// Long polling: how long a receive waits for a message, up to 20 seconds. Default: 0
    /// (short polling).
    pub fn receive_wait(mut self, wait: Duration) -> Self {
        self.receive_wait = Some(wait);
        self
    }

    /// Moves a message to `queue` after `max_receives` receives (1 to 1,000) without a
    /// delete. Default: none — a message that keeps failing is received until it expires.
    pub fn dead_letter_queue(mut self, queue: &Queue, max_receives: u32) -> Self {
        self.dead_letter = Some((queue.clone(), max_receives));
        self
    }

    /// Default: `QueueEncryption::SqsManaged`.
    pub fn encryption(mut self, encryption: QueueEncryption) -> Self {
        self.encryption = encryption;
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the queue and its messages.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }
}

/// An SQS queue: the L1 `AWS::SQS::Queue` under the child id `Resource`, encrypted, and from
/// the first statement added to it, a queue policy (`Policy`).
#[derive(Clone)]
pub struct Queue {
    scope: Scope,
    resource: Resource<l1::Queue>,
    key: Option<Key>,
    kms_managed: bool,
    fifo: bool,
    visibility_timeout: Duration,
    policy: ResourcePolicy<l1::QueuePolicy>,
}

impl std::fmt::Debug for Queue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Queue({})", self.scope.path())
    }
}

impl Queue {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: QueueProps) -> Queue {
        let scope = scope.as_scope().child(id);
        let mut queue = l1::Queue::new();
        let key = match &props.encryption {
            QueueEncryption::SqsManaged => {
                queue = queue.sqs_managed_sse_enabled(true);
                None
            }
            QueueEncryption::KmsManaged => {
                queue = queue.kms_master_key_id("alias/aws/sqs");
                None
            }
            QueueEncryption::Kms(key) => {
                queue = queue.kms_master_key_id(key.arn());
                Some(key.clone())
            }
        };
        if let Some(name) = &props.queue_name {
            // A refused name is reported here and not rendered, so synthesis's check of the
            // queue's name (the same rule) does not repeat it.
            match forma_core::naming::queue_name(name, props.fifo) {
                Some(problem) => scope.report(
                    Severity::Error,
                    "queue-name",
                    problem,
                    Some("a queue's name is 1 to 80 letters, digits, '-' and '_', and ends in .fifo exactly when it is FIFO"),
                ),
                None => queue = queue.queue_name(name.clone()),
            }
        }
        if props.fifo {
            queue = queue.fifo_queue(true);
            if props.content_based_deduplication {
                queue = queue.content_based_deduplication(true);
            }
        } else if props.content_based_deduplication {
            scope.report(
                Severity::Error,
                "queue-deduplication",
                "content-based deduplication needs a FIFO queue",
                Some("add .fifo() or leave content_based_deduplication out"),
            );
        }
        if let Some(t) = props.visibility_timeout {
            queue = queue.visibility_timeout(limits::seconds(
                &scope,
                "queue-visibility-timeout",
                "visibility_timeout",
                t,
                0..=43_200,
            ));
        }
        if let Some(r) = props.retention {
            queue = queue.message_retention_period(limits::seconds(
                &scope,
                "queue-retention",
                "retention",
                r,
                60..=1_209_600,
            ));
        }
        if let Some(d) = props.delivery_delay {
            queue = queue.delay_seconds(limits::seconds(&scope, "queue-delivery-delay", "delivery_delay", d, 0..=900));
        }
        if let Some(w) = props.receive_wait {
            queue = queue.receive_message_wait_time_seconds(limits::seconds(
                &scope,
                "queue-receive-wait",
                "receive_wait",
                w,
                0..=20,
            ));
        }
        if let Some((dlq, max)) = &props.dead_letter {
            if dlq.fifo != props.fifo {
                scope.report(
                    Severity::Error,
                    "dead-letter-queue-kind",
                    format!(
                        "the dead-letter queue {} is {}, this queue is {}",
                        dlq.path(),
                        if dlq.fifo { "FIFO" } else { "standard" },
                        if props.fifo { "FIFO" } else { "standard" }
                    ),
                    Some("a FIFO queue's dead-letter queue is FIFO too, a standard queue's standard"),
                );
            }
            let max = limits::within(
                &scope,
                "dead-letter-max-receives",
                "the dead-letter queue's max_receives",
                *max,
                1..=1000,
            );
            queue = queue.redrive_policy(Value::<forma_core::Json>::from(
                obj! { "deadLetterTargetArn" => dlq.arn(), "maxReceiveCount" => max },
            ));
        }
        let resource = scope.add("Resource", queue);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        Queue {
            scope,
            resource,
            key,
            kms_managed: matches!(props.encryption, QueueEncryption::KmsManaged),
            fifo: props.fifo,
            visibility_timeout: props.visibility_timeout.unwrap_or(Duration::from_secs(30)),
            policy: ResourcePolicy::default(),
        }
    }

    /// The queue's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The queue's URL (`Ref`).
    pub fn url(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The queue's name.
    pub fn name(&self) -> Value<String> {
        self.resource.queue_name()
    }

    /// Whether it is a FIFO queue.
    pub fn is_fifo(&self) -> bool {
        self.fifo
    }

    /// The visibility timeout set (30 seconds unless given).
    pub fn visibility_timeout(&self) -> Duration {
        self.visibility_timeout
    }

    /// Whether it is encrypted with the AWS managed key (`alias/aws/sqs`), which other AWS
    /// services cannot use to send to it.
    pub fn uses_aws_managed_key(&self) -> bool {
        self.kms_managed
    }

    /// The customer-managed key that encrypts it, if any.
    pub fn encryption_key(&self) -> Option<&Key> {
        self.key.as_ref()
    }

    /// The L1 `AWS::SQS::Queue`, for anything this construct does not offer.
    pub fn resource(&self) -> &Resource<l1::Queue> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// The queue construct's own scope (`Stack/Id`), where what belongs to the queue goes.
    pub(crate) fn construct_scope(&self) -> &Scope {
        &self.scope
    }

    /// Adds a statement to the queue's policy, creating the policy (`Policy`) on first use;
    /// returns it.
    #[track_caller]
    pub fn add_to_resource_policy(&self, statement: PolicyStatement) -> Resource<l1::QueuePolicy> {
        self.policy
            .add(statement, |document| self.scope.add("Policy", l1::QueuePolicy::new(document, vec![self.url()])))
    }

    /// Lets `grantee` send messages.
    #[track_caller]
    pub fn grant_send(&self, grantee: &impl Grantable) -> Grant {
        let key: Vec<&str> = key_perms::DECRYPT_ACTIONS.iter().chain(key_perms::ENCRYPT_ACTIONS).copied().collect();
        self.grant(grantee, perms::SEND_ACTIONS, &key)
    }

    /// Lets `grantee` receive and delete messages.
    #[track_caller]
    pub fn grant_consume(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::CONSUME_ACTIONS, key_perms::DECRYPT_ACTIONS)
    }

    /// Lets `grantee` purge the queue.
    #[track_caller]
    pub fn grant_purge(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::PURGE_ACTIONS, &[])
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], key_actions: &[&str]) -> Grant {
        let grant = Grant::new(grantee, PolicyStatement::allow().actions(actions.iter().copied()).resource(self.arn()));
        if let (Some(key), false) = (&self.key, key_actions.is_empty()) {
            let _ = key.grant(grantee, key_actions);
        }
        grant
    }
}
