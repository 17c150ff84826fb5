//! `sqs::Queue`: encrypted, with an optional dead-letter queue, retained by default.

use std::time::Duration;

use forma_cfn::sqs as l1;
use forma_core::intrinsic::{select, split, sub};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{obj, AsScope, Resource, ResourceLike, Scope, Severity};

use super::perms;
use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess, PolicyStatement, ResourcePolicy};
use crate::kms::{perms as key_perms, AsKey, Key};
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
    dead_letter: Option<(QueueRef, u32)>,
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
    pub fn dead_letter_queue(mut self, queue: &impl AsQueue, max_receives: u32) -> Self {
        self.dead_letter = Some((queue.as_queue(), max_receives));
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
/// the first statement added to it, a queue policy (`Policy`). It derefs to its
/// [`QueueRef`]; grants on it are the methods of [`AsQueue`].
#[derive(Clone)]
pub struct Queue {
    scope: Scope,
    resource: Resource<l1::Queue>,
    key: Option<Key>,
    reference: QueueRef,
}

forma_core::construct!(Queue, l1::Queue);

/// A queue, made in this app or not ([`Queue::from_arn`], [`Queue::from_name`]): its ARN,
/// URL and name, what is known of its settings, and what grants on it need.
#[derive(Clone)]
pub struct QueueRef {
    arn: Value<String>,
    url: Value<String>,
    name: Value<String>,
    fifo: Option<bool>,
    visibility_timeout: Option<Duration>,
    aws_managed_key: bool,
    pub(crate) target: GrantTarget,
}

impl std::fmt::Debug for QueueRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QueueRef({})", self.target.scope.path())
    }
}

impl Queue {
    /// A queue under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::sqs::{Queue, QueueProps};
    /// let app = forma_dsl::App::new();
    /// let jobs = Queue::new(&app.stack("Work"), "Jobs", QueueProps::default());
    /// ```
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
            if let Some(dlq_fifo) = dlq.fifo.filter(|f| *f != props.fifo) {
                scope.report(
                    Severity::Error,
                    "dead-letter-queue-kind",
                    format!(
                        "the dead-letter queue {} is {}, this queue is {}",
                        dlq.target.scope.path(),
                        if dlq_fifo { "FIFO" } else { "standard" },
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
        let policy = ResourcePolicy::<l1::QueuePolicy>::default();
        let (at, url) = (scope.clone(), resource.reference());
        let access = PolicyAccess::owned(move |statement| {
            let made =
                policy.add(statement, |document| at.add("Policy", l1::QueuePolicy::new(document, vec![url.clone()])));
            Some(made.resource_ref())
        });
        let reference = QueueRef {
            arn: resource.arn(),
            url: resource.reference(),
            name: resource.queue_name(),
            fifo: Some(props.fifo),
            visibility_timeout: Some(props.visibility_timeout.unwrap_or(Duration::from_secs(30))),
            aws_managed_key: matches!(props.encryption, QueueEncryption::KmsManaged),
            target: GrantTarget::new(scope.clone(), access).with_key(key.as_ref().map(AsKey::as_key)),
        };
        Queue { scope, resource, key, reference }
    }

    /// A queue that is not in this app, by ARN (`arn:aws:sqs:eu-west-1:123456789012:jobs`);
    /// its URL is built from the ARN's region, account and name.
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::sqs::Queue;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Work");
    /// let jobs = Queue::from_arn(&stack, "Jobs", "arn:aws:sqs:eu-west-1:123456789012:jobs");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// jobs.grant_consume(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> QueueRef {
        let scope = scope.as_scope().child(id);
        let arn = arn.into();
        // arn:partition:sqs:region:account:name
        let field = |i: i64| -> Value<String> { select(i, split(":", arn.clone())) };
        let (region, account, name) = match arn.expr() {
            forma_core::Expr::String(s) => match s.split(':').collect::<Vec<_>>().as_slice() {
                ["arn", _, "sqs", region, account, name] => {
                    (Value::from(*region), Value::from(*account), Value::from(*name))
                }
                _ => {
                    scope.report(
                        Severity::Error,
                        "invalid-arn",
                        format!("{s:?} is not a queue ARN (arn:<partition>:sqs:<region>:<account>:<name>)"),
                        Some("use Queue::from_name with the queue's name"),
                    );
                    (field(3), field(4), field(5))
                }
            },
            _ => (field(3), field(4), field(5)),
        };
        let url = sub("https://sqs.${Region}.${AWS::URLSuffix}/${Account}/${Name}")
            .var("Region", region)
            .var("Account", account)
            .var("Name", name.clone())
            .into();
        QueueRef::imported(scope, arn, url, name)
    }

    /// A queue of this account and region that is not in this app, by name.
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::sqs::Queue;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Work");
    /// let jobs = Queue::from_name(&stack, "Jobs", "jobs");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// jobs.grant_send(&role);
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> QueueRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${Name}").var("Name", name.clone());
        let url =
            sub("https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/${Name}").var("Name", name.clone());
        QueueRef::imported(scope.as_scope().child(id), arn.into(), url.into(), name)
    }

    /// The customer-managed key that encrypts it, if any.
    pub fn encryption_key(&self) -> Option<&Key> {
        self.key.as_ref()
    }
}

impl std::ops::Deref for Queue {
    type Target = QueueRef;

    fn deref(&self) -> &QueueRef {
        &self.reference
    }
}

impl QueueRef {
    fn imported(scope: Scope, arn: Value<String>, url: Value<String>, name: Value<String>) -> QueueRef {
        let fifo = match name.expr() {
            forma_core::Expr::String(s) => Some(s.ends_with(".fifo")),
            _ => None,
        };
        QueueRef {
            arn,
            url,
            name,
            fifo,
            visibility_timeout: None,
            aws_managed_key: false,
            target: GrantTarget::new(scope, PolicyAccess::IMPORTED),
        }
    }

    /// The same queue, encrypted with `key` (a customer-managed key): grants on it then
    /// also grant the key's use.
    pub fn encrypted_with(mut self, key: &impl AsKey) -> QueueRef {
        self.target = self.target.with_key(Some(key.as_key()));
        self
    }

    /// The queue's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The queue's URL.
    pub fn url(&self) -> Value<String> {
        self.url.clone()
    }

    /// The queue's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// Whether it is a FIFO queue, when known (a queue imported by a name known only at
    /// deploy time is not).
    pub fn is_fifo(&self) -> Option<bool> {
        self.fifo
    }

    /// The visibility timeout, when known (30 seconds unless set; unknown for an imported
    /// queue).
    pub fn visibility_timeout(&self) -> Option<Duration> {
        self.visibility_timeout
    }

    /// Whether it is encrypted with the AWS managed key (`alias/aws/sqs`), which other AWS
    /// services cannot use to send to it.
    pub fn uses_aws_managed_key(&self) -> bool {
        self.aws_managed_key
    }

    /// The queue's node (`Stack/Id`), where what belongs to the queue goes.
    pub(crate) fn construct_scope(&self) -> &Scope {
        &self.target.scope
    }

    /// The queue's path, for messages.
    pub fn path(&self) -> String {
        self.target.scope.path()
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], key_actions: &[&str]) -> Grant {
        self.target.grant(grantee, actions, vec![self.arn()], key_actions)
    }
}

/// Any queue: a [`Queue`], an imported [`QueueRef`], or the L1 `AWS::SQS::Queue`. Grants on
/// a queue are its methods.
pub trait AsQueue {
    /// The queue, as a reference.
    fn as_queue(&self) -> QueueRef;

    /// Adds a statement to the queue's policy, creating the policy (`Policy`) on first use;
    /// a synth error on a queue that is not in this app.
    #[track_caller]
    fn add_to_resource_policy(&self, statement: PolicyStatement) {
        self.as_queue().target.add_to_resource_policy(statement, "add_to_resource_policy");
    }

    /// Lets `grantee` send messages.
    #[track_caller]
    fn grant_send(&self, grantee: &impl Grantable) -> Grant {
        let key: Vec<&str> = key_perms::DECRYPT_ACTIONS.iter().chain(key_perms::ENCRYPT_ACTIONS).copied().collect();
        self.as_queue().grant(grantee, perms::SEND_ACTIONS, &key)
    }

    /// Lets `grantee` receive and delete messages.
    #[track_caller]
    fn grant_consume(&self, grantee: &impl Grantable) -> Grant {
        self.as_queue().grant(grantee, perms::CONSUME_ACTIONS, key_perms::DECRYPT_ACTIONS)
    }

    /// Lets `grantee` purge the queue.
    #[track_caller]
    fn grant_purge(&self, grantee: &impl Grantable) -> Grant {
        self.as_queue().grant(grantee, perms::PURGE_ACTIONS, &[])
    }
}

impl AsQueue for QueueRef {
    fn as_queue(&self) -> QueueRef {
        self.clone()
    }
}

impl AsQueue for Queue {
    fn as_queue(&self) -> QueueRef {
        self.reference.clone()
    }
}

impl AsQueue for Resource<l1::Queue> {
    fn as_queue(&self) -> QueueRef {
        let mut queue = QueueRef::imported(self.scope().clone(), self.arn(), self.reference(), self.queue_name());
        queue.target.policy = PolicyAccess::L1;
        queue
    }
}
