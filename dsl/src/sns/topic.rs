//! `sns::Topic`: encrypted, with typed subscriptions that bring the permissions they need.

use forma_cfn::sns as l1;
use forma_core::intent::EventKind;
use forma_core::intrinsic::{select, split, sub};
use forma_core::value::{Json, Value};
use forma_core::{AsScope, Resource, ResourceLike, Scope, Severity};

use super::perms;
use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess, PolicyStatement, ResourcePolicy, ServicePrincipal};
use crate::kms::{AsKey, Key, KeyRef};
use crate::lambda::{AsFunction, FunctionRef};
use crate::sqs::{AsQueue, QueueRef};

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
    Sqs(QueueRef),
    Lambda(FunctionRef),
    Email(String),
    Https(String),
}

impl Subscription {
    /// Delivers to `queue`; the queue's policy lets this topic (and only it) send to it.
    pub fn sqs(queue: &impl AsQueue) -> Self {
        Subscription::with(Target::Sqs(queue.as_queue()))
    }

    /// Invokes `function` with each message; the function lets this topic (and only it)
    /// invoke it.
    pub fn lambda(function: &impl AsFunction) -> Self {
        Subscription::with(Target::Lambda(function.as_function()))
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
/// the first statement added to it, a topic policy (`Policy`). It derefs to its
/// [`TopicRef`]; grants on it are the methods of [`AsTopic`].
#[derive(Clone)]
pub struct Topic {
    scope: Scope,
    resource: Resource<l1::Topic>,
    key: Option<Key>,
    reference: TopicRef,
}

forma_core::construct!(Topic, l1::Topic);

/// A topic, made in this app or not ([`Topic::from_arn`], [`Topic::from_name`]): its ARN
/// and name, what is known of its settings, and what grants on it need.
#[derive(Clone)]
pub struct TopicRef {
    arn: Value<String>,
    name: Value<String>,
    fifo: Option<bool>,
    aws_managed_key: bool,
    pub(crate) target: GrantTarget,
}

impl std::fmt::Debug for TopicRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TopicRef({})", self.target.scope.path())
    }
}

impl Topic {
    /// A topic under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::sns::{Topic, TopicProps};
    /// let app = forma_dsl::App::new();
    /// let alerts = Topic::new(&app.stack("Ops"), "Alerts", TopicProps::default());
    /// ```
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
        let policy = ResourcePolicy::<l1::TopicPolicy>::default();
        let (at, arn) = (scope.clone(), resource.reference());
        let access = PolicyAccess::owned(move |statement| {
            let made =
                policy.add(statement, |document| at.add("Policy", l1::TopicPolicy::new(document, vec![arn.clone()])));
            Some(made.resource_ref())
        });
        let reference = TopicRef {
            arn: resource.reference(),
            name: resource.topic_name(),
            fifo: Some(props.fifo),
            aws_managed_key: key.is_none(),
            target: GrantTarget::new(scope.clone(), access).with_key(key.as_ref().map(AsKey::as_key)),
        };
        Topic { scope, resource, key, reference }
    }

    /// A topic that is not in this app, by ARN (`arn:aws:sns:eu-west-1:123456789012:alerts`).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::sns::Topic;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Ops");
    /// let alerts = Topic::from_arn(&stack, "Alerts", "arn:aws:sns:eu-west-1:123456789012:alerts");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// alerts.grant_publish(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> TopicRef {
        let arn = arn.into();
        // arn:partition:sns:region:account:name
        let name = match arn.expr() {
            forma_core::Expr::String(s) => Value::from(s.rsplit(':').next().unwrap_or(s).to_owned()),
            _ => select(5, split(":", arn.clone())),
        };
        TopicRef::imported(scope.as_scope().child(id), arn, name)
    }

    /// A topic of this account and region that is not in this app, by name.
    ///
    /// ```
    /// use forma_dsl::sns::{Subscription, Topic};
    /// let app = forma_dsl::App::new();
    /// let alerts = Topic::from_name(&app.stack("Ops"), "Alerts", "alerts");
    /// alerts.add_subscription(Subscription::email("ops@example.com"));
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> TopicRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${Name}").var("Name", name.clone());
        TopicRef::imported(scope.as_scope().child(id), arn.into(), name)
    }

    /// The customer-managed key that encrypts it; `None` for the AWS managed key.
    pub fn encryption_key(&self) -> Option<&Key> {
        self.key.as_ref()
    }
}

impl std::ops::Deref for Topic {
    type Target = TopicRef;

    fn deref(&self) -> &TopicRef {
        &self.reference
    }
}

impl TopicRef {
    fn imported(scope: Scope, arn: Value<String>, name: Value<String>) -> TopicRef {
        let fifo = match name.expr() {
            forma_core::Expr::String(s) => Some(s.ends_with(".fifo")),
            _ => None,
        };
        TopicRef { arn, name, fifo, aws_managed_key: false, target: GrantTarget::new(scope, PolicyAccess::IMPORTED) }
    }

    /// The same topic, encrypted with `key` (a customer-managed key): `grant_publish` then
    /// also grants the key's use.
    pub fn encrypted_with(mut self, key: &impl AsKey) -> TopicRef {
        self.target = self.target.with_key(Some(key.as_key()));
        self
    }

    /// The topic's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The topic's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// Whether it is a FIFO topic, when known.
    pub fn is_fifo(&self) -> Option<bool> {
        self.fifo
    }

    /// Whether it is known to be encrypted with the AWS managed key, which AWS services
    /// publishing on their own (S3, CloudWatch) cannot use.
    pub(crate) fn uses_aws_managed_key(&self) -> bool {
        self.aws_managed_key
    }

    /// The customer-managed key that encrypts it, if known.
    pub(crate) fn key(&self) -> Option<&KeyRef> {
        self.target.key.as_deref()
    }

    /// The topic's path, for messages.
    pub fn path(&self) -> String {
        self.target.scope.path()
    }

    /// Subscribes `subscription`'s target. An SQS subscription lives with the queue (in its
    /// stack), with a statement in the queue's policy allowing this topic to send.
    #[track_caller]
    pub fn add_subscription(&self, subscription: Subscription) -> Resource<l1::Subscription> {
        // The function and its permission, for the function's intent.
        let mut invoked = None;
        let (protocol, endpoint, parent, id) = match &subscription.target {
            Target::Sqs(queue) => {
                if self.fifo == Some(true) && queue.is_fifo() == Some(false) {
                    self.target.scope.report(
                        Severity::Error,
                        "fifo-topic-subscriber",
                        format!("the FIFO topic cannot deliver to the standard queue {}", queue.path()),
                        Some("subscribe a FIFO queue, or make the topic standard"),
                    );
                }
                queue.target.allow_service(
                    PolicyStatement::allow()
                        .principal(ServicePrincipal::sns())
                        .action("sqs:SendMessage")
                        .resource(queue.arn())
                        .condition("ArnEquals", "aws:SourceArn", self.arn()),
                    &format!("the subscription of {}", self.target.scope.path()),
                );
                ("sqs", queue.arn(), queue.construct_scope().clone(), format!("{}Subscription", self.target.scope.id()))
            }
            Target::Lambda(function) => {
                if self.fifo == Some(true) {
                    self.target.scope.report(
                        Severity::Error,
                        "fifo-topic-subscriber",
                        format!("the FIFO topic cannot deliver to the function {}", function.path()),
                        Some("FIFO topics deliver to FIFO queues only; subscribe a queue and poll it"),
                    );
                }
                let permission = function.allow_invoke(
                    &format!("{}Permission", self.target.scope.id()),
                    ServicePrincipal::sns(),
                    self.arn(),
                );
                invoked = Some((function.clone(), permission.node_id()));
                let id = function.child_id(&format!("{}Subscription", self.target.scope.id()));
                ("lambda", function.arn(), function.scope.clone(), id)
            }
            Target::Email(address) => {
                ("email", address.into(), self.target.scope.clone(), format!("Email{}", alnum(address)))
            }
            Target::Https(url) => ("https", url.into(), self.target.scope.clone(), format!("Https{}", alnum(url))),
        };
        let mut sub = l1::Subscription::new(protocol, self.arn()).endpoint(endpoint);
        if subscription.raw_message_delivery {
            if matches!(subscription.target, Target::Email(_) | Target::Lambda(_)) {
                self.target.scope.report(
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
            function.note_event(EventKind::Sns, &self.target.scope.id(), vec![sub.node_id(), permission]);
        }
        sub
    }
}

/// Any topic: a [`Topic`], an imported [`TopicRef`], or the L1 `AWS::SNS::Topic`. Grants on
/// a topic are its methods.
pub trait AsTopic {
    /// The topic, as a reference.
    fn as_topic(&self) -> TopicRef;

    /// Adds a statement to the topic's policy, creating it (`Policy`) on first use; a synth
    /// error on a topic that is not in this app.
    #[track_caller]
    fn add_to_resource_policy(&self, statement: PolicyStatement) {
        self.as_topic().target.add_to_resource_policy(statement, "add_to_resource_policy");
    }

    /// Lets `grantee` publish to the topic.
    #[track_caller]
    fn grant_publish(&self, grantee: &impl Grantable) -> Grant {
        let topic = self.as_topic();
        topic.target.grant(grantee, perms::PUBLISH_ACTIONS, vec![topic.arn()], perms::KEY_PUBLISH_ACTIONS)
    }

    /// Lets `grantee` subscribe to the topic.
    #[track_caller]
    fn grant_subscribe(&self, grantee: &impl Grantable) -> Grant {
        let topic = self.as_topic();
        topic.target.grant(grantee, perms::SUBSCRIBE_ACTIONS, vec![topic.arn()], &[])
    }
}

impl AsTopic for TopicRef {
    fn as_topic(&self) -> TopicRef {
        self.clone()
    }
}

impl AsTopic for Topic {
    fn as_topic(&self) -> TopicRef {
        self.reference.clone()
    }
}

impl AsTopic for Resource<l1::Topic> {
    fn as_topic(&self) -> TopicRef {
        let mut topic = TopicRef::imported(self.scope().clone(), self.reference(), self.topic_name());
        topic.target.policy = PolicyAccess::L1;
        topic
    }
}

/// The letters and digits of an endpoint, short enough for an id.
fn alnum(s: &str) -> String {
    crate::limits::alnum(s).chars().take(200).collect()
}
