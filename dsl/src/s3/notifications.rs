//! Bucket notifications to functions, queues and topics, without a dependency cycle.
//!
//! S3 checks, when a notification is configured, that it may deliver to the target, so the
//! target's permission (a function's `AWS::Lambda::Permission`, a queue's or topic's
//! policy) must exist first; and that permission names the bucket's ARN. Taken from the
//! bucket (`Fn::GetAtt`), that ARN would make the bucket wait for the permission and the
//! permission for the bucket. So a bucket with notifications has a name known before it
//! exists — the one given, or `<stack>-<id>-<account>-<region>` — and the permissions name
//! the ARN built from that name.

use forma_cfn::s3::bucket::{
    FilterRule, LambdaConfiguration, NotificationConfiguration, NotificationFilter, QueueConfiguration, S3KeyFilter,
    TopicConfiguration,
};
use forma_core::intent::EventKind;
use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::Severity;

use super::bucket::Bucket;
use crate::iam::{Holder, ServicePrincipal};
use crate::lambda::{AsFunction, Function, FunctionRef};
use crate::sns::{AsTopic, Topic, TopicRef};
use crate::sqs::{AsQueue, Queue, QueueRef};

/// What happened to an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventType {
    /// Any creation (`s3:ObjectCreated:*`).
    ObjectCreated,
    /// An object put (`s3:ObjectCreated:Put`).
    ObjectCreatedPut,
    /// An object posted from a form (`s3:ObjectCreated:Post`).
    ObjectCreatedPost,
    /// An object copied (`s3:ObjectCreated:Copy`).
    ObjectCreatedCopy,
    /// A multipart upload completed (`s3:ObjectCreated:CompleteMultipartUpload`).
    ObjectCreatedCompleteMultipartUpload,
    /// Any removal (`s3:ObjectRemoved:*`).
    ObjectRemoved,
    /// An object deleted (`s3:ObjectRemoved:Delete`).
    ObjectRemovedDelete,
    /// A delete marker made in a versioned bucket (`s3:ObjectRemoved:DeleteMarkerCreated`).
    ObjectRemovedDeleteMarkerCreated,
    /// An archived object restored (`s3:ObjectRestore:Completed`).
    ObjectRestoreCompleted,
    /// Another event, as S3 spells it.
    Other(String),
}

impl EventType {
    /// The event as S3 spells it (`s3:ObjectCreated:*`).
    pub fn as_str(&self) -> &str {
        match self {
            EventType::ObjectCreated => "s3:ObjectCreated:*",
            EventType::ObjectCreatedPut => "s3:ObjectCreated:Put",
            EventType::ObjectCreatedPost => "s3:ObjectCreated:Post",
            EventType::ObjectCreatedCopy => "s3:ObjectCreated:Copy",
            EventType::ObjectCreatedCompleteMultipartUpload => "s3:ObjectCreated:CompleteMultipartUpload",
            EventType::ObjectRemoved => "s3:ObjectRemoved:*",
            EventType::ObjectRemovedDelete => "s3:ObjectRemoved:Delete",
            EventType::ObjectRemovedDeleteMarkerCreated => "s3:ObjectRemoved:DeleteMarkerCreated",
            EventType::ObjectRestoreCompleted => "s3:ObjectRestore:Completed",
            EventType::Other(s) => s,
        }
    }
}

/// Where a notification goes.
#[derive(Debug, Clone)]
pub enum NotificationTarget {
    /// Invokes a function, which lets the bucket invoke it.
    Function(FunctionRef),
    /// Sends to a queue, whose policy lets the bucket send.
    Queue(QueueRef),
    /// Publishes to a topic, whose policy lets the bucket publish.
    Topic(TopicRef),
}

impl From<&Function> for NotificationTarget {
    fn from(f: &Function) -> Self {
        NotificationTarget::Function(f.as_function())
    }
}

impl From<&FunctionRef> for NotificationTarget {
    fn from(f: &FunctionRef) -> Self {
        NotificationTarget::Function(f.clone())
    }
}

impl From<&Queue> for NotificationTarget {
    fn from(q: &Queue) -> Self {
        NotificationTarget::Queue(q.as_queue())
    }
}

impl From<&QueueRef> for NotificationTarget {
    fn from(q: &QueueRef) -> Self {
        NotificationTarget::Queue(q.clone())
    }
}

impl From<&Topic> for NotificationTarget {
    fn from(t: &Topic) -> Self {
        NotificationTarget::Topic(t.as_topic())
    }
}

impl From<&TopicRef> for NotificationTarget {
    fn from(t: &TopicRef) -> Self {
        NotificationTarget::Topic(t.clone())
    }
}

/// The notifications configured so far, and the bucket's name once it needs a fixed one.
#[derive(Debug, Default)]
pub(crate) struct Notifications {
    name: Option<Value<String>>,
    functions: Vec<LambdaConfiguration>,
    queues: Vec<QueueConfiguration>,
    topics: Vec<TopicConfiguration>,
}

impl Bucket {
    /// Notifies `target` (a function, queue or topic, of this app or imported) of `event`
    /// on objects whose keys start with `prefix` and end with `suffix` (`None`: any), and
    /// gives the target the permission S3 needs, limited to this bucket and this account.
    /// A queue or topic that is not in this app keeps its own policy: a warning says what it
    /// must allow.
    #[track_caller]
    pub fn add_event_notification(
        &self,
        event: EventType,
        target: impl Into<NotificationTarget>,
        prefix: Option<&str>,
        suffix: Option<&str>,
    ) {
        let source = self.arn_by_name();
        let account: Value<String> = forma_core::Aws::account_id();
        let event_name = event.as_str().to_owned();
        let filter = filter(prefix, suffix);
        let mut notes = self.notifications.borrow_mut();
        match target.into() {
            NotificationTarget::Function(function) => {
                let id = format!("{}Notifications", self.scope.id());
                let permission = function.allow_invoke(&id, ServicePrincipal::s3(), source);
                function.note_event(EventKind::S3, &self.scope.id(), vec![permission.node_id()]);
                permission.set_property("SourceAccount", account);
                self.resource.add_depends_on(&permission);
                let mut c = LambdaConfiguration::new(event_name, function.arn());
                if let Some(f) = filter {
                    c = c.filter(f);
                }
                notes.functions.push(c);
            }
            NotificationTarget::Queue(queue) => {
                if queue.uses_aws_managed_key() {
                    self.scope.report(
                        Severity::Error,
                        "invalid-notification",
                        format!("S3 cannot send to {}: it is encrypted with the AWS managed key", queue.path()),
                        Some("encrypt the queue with QueueEncryption::SqsManaged or a customer key"),
                    );
                }
                let policy = queue.target.allow_delivery(
                    ServicePrincipal::s3(),
                    "sqs:SendMessage",
                    queue.arn(),
                    vec![("ArnLike", "aws:SourceArn", source), ("StringEquals", "aws:SourceAccount", account)],
                    &format!("the notifications of {}", self.scope.path()),
                );
                if let Some(policy) = policy {
                    self.resource.add_depends_on(&Holder(policy));
                }
                let mut c = QueueConfiguration::new(event_name, queue.arn());
                if let Some(f) = filter {
                    c = c.filter(f);
                }
                notes.queues.push(c);
            }
            NotificationTarget::Topic(topic) => {
                if topic.uses_aws_managed_key() {
                    self.scope.report(
                        Severity::Error,
                        "invalid-notification",
                        format!("S3 cannot publish to {}: it is encrypted with the AWS managed key", topic.path()),
                        Some("encrypt the topic with TopicEncryption::Kms(key)"),
                    );
                }
                let policy = topic.target.allow_delivery(
                    ServicePrincipal::s3(),
                    "sns:Publish",
                    topic.arn(),
                    vec![("ArnLike", "aws:SourceArn", source), ("StringEquals", "aws:SourceAccount", account)],
                    &format!("the notifications of {}", self.scope.path()),
                );
                if let Some(policy) = policy {
                    self.resource.add_depends_on(&Holder(policy));
                }
                let mut c = TopicConfiguration::new(event_name, topic.arn());
                if let Some(f) = filter {
                    c = c.filter(f);
                }
                notes.topics.push(c);
            }
        }
        let mut config = NotificationConfiguration::new();
        if !notes.functions.is_empty() {
            config = config.lambda_configurations(notes.functions.clone());
        }
        if !notes.queues.is_empty() {
            config = config.queue_configurations(notes.queues.clone());
        }
        if !notes.topics.is_empty() {
            config = config.topic_configurations(notes.topics.clone());
        }
        self.resource.set_property("NotificationConfiguration", forma_core::Expr::from(Value::from(config)));
    }

    /// The bucket's ARN built from its name, which is fixed from now on (see the module
    /// docs).
    fn arn_by_name(&self) -> Value<String> {
        let mut notes = self.notifications.borrow_mut();
        let name = match (&notes.name, &self.given_name) {
            (Some(name), _) => name.clone(),
            (None, Some(given)) => given.clone(),
            (None, None) => {
                let name = fixed_name(&self.scope.stack().name(), &self.scope.id());
                self.resource.set_property("BucketName", forma_core::Expr::from(name.clone()));
                name
            }
        };
        notes.name = Some(name.clone());
        sub("arn:${AWS::Partition}:s3:::${Name}").var("Name", name).into()
    }
}

/// `<stack>-<id>-<account>-<region>`, lower-case, within S3's 63 characters.
fn fixed_name(stack: &str, id: &str) -> Value<String> {
    // The account id (12) and the longest region name (14), with their hyphens: 28.
    const ROOM: usize = 63 - 28;
    let clean = |s: &str| -> String {
        s.chars().map(|c| c.to_ascii_lowercase()).filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect()
    };
    let mut stem = format!("{}-{}", clean(stack), clean(id));
    if stem.len() > ROOM {
        let hash = fnv(&stem);
        stem.truncate(ROOM - 9);
        stem = format!("{}-{hash:08x}", stem.trim_end_matches('-'));
    }
    sub(format!("{stem}-${{AWS::AccountId}}-${{AWS::Region}}")).into()
}

/// FNV-1a, 32 bits: a short, stable hash for truncated names.
fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

fn filter(prefix: Option<&str>, suffix: Option<&str>) -> Option<NotificationFilter> {
    let mut rules = Vec::new();
    if let Some(prefix) = prefix {
        rules.push(FilterRule::new("prefix", prefix));
    }
    if let Some(suffix) = suffix {
        rules.push(FilterRule::new("suffix", suffix));
    }
    (!rules.is_empty()).then(|| NotificationFilter::new(S3KeyFilter::new(rules)))
}
