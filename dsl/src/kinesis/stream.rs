//! `kinesis::Stream`: on-demand, KMS-encrypted, retained by default.

use std::time::Duration;

use forma_cfn::kinesis as l1;
use forma_cfn::kinesis::stream::{EncryptionType, StreamEncryption as L1Encryption, StreamMode, StreamModeDetails};
use forma_core::intrinsic::{select, split, sub};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, ResourceLike, Scope};

use super::perms;
use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess, ResourcePolicy};
use crate::kms::{perms as key_perms, AsKey, Key};
use crate::limits;

/// How a stream's records are encrypted at rest.
#[derive(Debug, Clone, Default)]
pub enum StreamEncryption {
    /// The account's AWS managed key for Kinesis (`alias/aws/kinesis`).
    #[default]
    KmsManaged,
    /// A customer-managed key; grants on the stream also grant its use.
    Kms(Key),
}

/// What a [`Stream`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct StreamProps {
    stream_name: Option<Value<String>>,
    shards: Option<u32>,
    retention: Option<Duration>,
    encryption: StreamEncryption,
    removal_policy: Option<RemovalPolicy>,
}

impl StreamProps {
    /// A fixed name. Default: CloudFormation names it.
    pub fn stream_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.stream_name = Some(name.into());
        self
    }

    /// A fixed number of shards (provisioned mode). Default: on-demand, scaling with the
    /// traffic.
    pub fn shards(mut self, shards: u32) -> Self {
        self.shards = Some(shards);
        self
    }

    /// How long records are kept, 24 hours to 365 days, in whole hours. Default: 24 hours.
    pub fn retention(mut self, retention: Duration) -> Self {
        self.retention = Some(retention);
        self
    }

    /// Default: `StreamEncryption::KmsManaged`.
    pub fn encryption(mut self, encryption: StreamEncryption) -> Self {
        self.encryption = encryption;
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the stream.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }
}

/// A Kinesis data stream: the L1 `AWS::Kinesis::Stream` under the child id `Resource`. It
/// derefs to its [`StreamRef`]; grants on it are the methods of [`AsStream`].
#[derive(Clone)]
pub struct Stream {
    scope: Scope,
    resource: Resource<l1::Stream>,
    reference: StreamRef,
}

forma_core::construct!(Stream, l1::Stream);

/// A stream, made in this app or not ([`Stream::from_arn`], [`Stream::from_name`]): its ARN
/// and name, and what grants on it need.
#[derive(Clone)]
pub struct StreamRef {
    arn: Value<String>,
    name: Value<String>,
    pub(crate) target: GrantTarget,
}

impl std::fmt::Debug for StreamRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "StreamRef({})", self.target.scope.path())
    }
}

impl Stream {
    /// A stream under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::kinesis::{Stream, StreamProps};
    /// let app = forma_dsl::App::new();
    /// let clicks = Stream::new(&app.stack("Ingest"), "Clicks", StreamProps::default());
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: StreamProps) -> Stream {
        let scope = scope.as_scope().child(id);
        let (key_id, key): (Value<String>, Option<Key>) = match &props.encryption {
            StreamEncryption::KmsManaged => ("alias/aws/kinesis".into(), None),
            StreamEncryption::Kms(key) => (key.arn(), Some(key.clone())),
        };
        let mut stream = l1::Stream::new().stream_encryption(L1Encryption::new(EncryptionType::Kms, key_id));
        stream = match props.shards {
            Some(n) => stream
                .stream_mode_details(StreamModeDetails::new(StreamMode::Provisioned))
                .shard_count(limits::within(&scope, "stream-shards", "shards", n, 1..=10_000)),
            None => stream.stream_mode_details(StreamModeDetails::new(StreamMode::OnDemand)),
        };
        if let Some(r) = props.retention {
            let secs = limits::seconds(&scope, "stream-retention", "retention", r, 86_400..=31_536_000);
            if secs % 3600 != 0 {
                scope.report(
                    forma_core::Severity::Error,
                    "stream-retention",
                    format!("retention is {secs} s; Kinesis keeps records for whole hours"),
                    None,
                );
            }
            stream = stream.retention_period_hours(secs / 3600);
        }
        if let Some(name) = props.stream_name {
            stream = stream.name(name);
        }
        let resource = scope.add("Resource", stream);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        let policy = ResourcePolicy::<l1::ResourcePolicy>::in_property("ResourcePolicy");
        let (at, arn) = (scope.clone(), resource.arn());
        let access = PolicyAccess::owned(move |statement| {
            let made =
                policy.add(statement, |document| at.add("Policy", l1::ResourcePolicy::new(arn.clone(), document)));
            Some(made.resource_ref())
        });
        let reference = StreamRef {
            arn: resource.arn(),
            name: resource.reference(),
            target: GrantTarget::new(scope.clone(), access).with_key(key.as_ref().map(AsKey::as_key)),
        };
        Stream { scope, resource, reference }
    }

    /// A stream that is not in this app, by ARN
    /// (`arn:aws:kinesis:eu-west-1:123456789012:stream/clicks`).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::kinesis::Stream;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Ingest");
    /// let clicks = Stream::from_arn(&stack, "Clicks", "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// clicks.grant_read(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> StreamRef {
        let arn = arn.into();
        let name = match arn.expr() {
            forma_core::Expr::String(s) => Value::from(s.rsplit('/').next().unwrap_or(s).to_owned()),
            _ => select(1, split("/", arn.clone())),
        };
        StreamRef::imported(scope.as_scope().child(id), arn, name)
    }

    /// A stream of this account and region that is not in this app, by name.
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::kinesis::Stream;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Ingest");
    /// let clicks = Stream::from_name(&stack, "Clicks", "clicks");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// clicks.grant_write(&role);
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> StreamRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Name}")
            .var("Name", name.clone());
        StreamRef::imported(scope.as_scope().child(id), arn.into(), name)
    }
}

impl std::ops::Deref for Stream {
    type Target = StreamRef;

    fn deref(&self) -> &StreamRef {
        &self.reference
    }
}

impl StreamRef {
    fn imported(scope: Scope, arn: Value<String>, name: Value<String>) -> StreamRef {
        StreamRef { arn, name, target: GrantTarget::new(scope, PolicyAccess::IMPORTED) }
    }

    /// The same stream, encrypted with `key` (a customer-managed key): grants on it then
    /// also grant the key's use.
    pub fn encrypted_with(mut self, key: &impl AsKey) -> StreamRef {
        self.target = self.target.with_key(Some(key.as_key()));
        self
    }

    /// The stream's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The stream's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// The stream's path, for messages.
    pub fn path(&self) -> String {
        self.target.scope.path()
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], key_actions: &[&str]) -> Grant {
        self.target.grant(grantee, actions, vec![self.arn()], key_actions)
    }
}

/// Any stream: a [`Stream`], an imported [`StreamRef`], or the L1 `AWS::Kinesis::Stream`.
/// Grants on a stream are its methods.
pub trait AsStream {
    /// The stream, as a reference.
    fn as_stream(&self) -> StreamRef;

    /// Lets `grantee` read records.
    #[track_caller]
    fn grant_read(&self, grantee: &impl Grantable) -> Grant {
        self.as_stream().grant(grantee, perms::READ_ACTIONS, key_perms::DECRYPT_ACTIONS)
    }

    /// Lets `grantee` write records.
    #[track_caller]
    fn grant_write(&self, grantee: &impl Grantable) -> Grant {
        self.as_stream().grant(grantee, perms::WRITE_ACTIONS, key_perms::ENCRYPT_ACTIONS)
    }

    /// Lets `grantee` read and write records.
    #[track_caller]
    fn grant_read_write(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::READ_ACTIONS.iter().chain(perms::WRITE_ACTIONS).copied().collect();
        let key: Vec<&str> = key_perms::DECRYPT_ACTIONS.iter().chain(key_perms::ENCRYPT_ACTIONS).copied().collect();
        self.as_stream().grant(grantee, &actions, &key)
    }
}

impl AsStream for StreamRef {
    fn as_stream(&self) -> StreamRef {
        self.clone()
    }
}

impl AsStream for Stream {
    fn as_stream(&self) -> StreamRef {
        self.reference.clone()
    }
}

impl AsStream for Resource<l1::Stream> {
    fn as_stream(&self) -> StreamRef {
        let mut stream = StreamRef::imported(self.scope().clone(), self.arn(), self.reference());
        stream.target.policy = PolicyAccess::L1;
        stream
    }
}
