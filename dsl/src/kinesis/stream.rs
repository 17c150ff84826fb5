//! `kinesis::Stream`: on-demand, KMS-encrypted, retained by default.

use std::time::Duration;

use forma_cfn::kinesis as l1;
use forma_cfn::kinesis::stream::{EncryptionType, StreamEncryption as L1Encryption, StreamMode, StreamModeDetails};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

use super::perms;
use crate::iam::{Grant, Grantable, PolicyStatement};
use crate::kms::{perms as key_perms, Key};
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

/// A Kinesis data stream: the L1 `AWS::Kinesis::Stream` under the child id `Resource`.
#[derive(Debug, Clone)]
pub struct Stream {
    scope: Scope,
    resource: Resource<l1::Stream>,
    key: Option<Key>,
}

impl Stream {
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
        Stream { scope, resource, key }
    }

    /// The stream's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The stream's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The L1 `AWS::Kinesis::Stream`, for anything this construct does not offer.
    pub fn resource(&self) -> &Resource<l1::Stream> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Lets `grantee` read records.
    #[track_caller]
    pub fn grant_read(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::READ_ACTIONS, key_perms::DECRYPT_ACTIONS)
    }

    /// Lets `grantee` write records.
    #[track_caller]
    pub fn grant_write(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::WRITE_ACTIONS, key_perms::ENCRYPT_ACTIONS)
    }

    /// Lets `grantee` read and write records.
    #[track_caller]
    pub fn grant_read_write(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::READ_ACTIONS.iter().chain(perms::WRITE_ACTIONS).copied().collect();
        let key: Vec<&str> = key_perms::DECRYPT_ACTIONS.iter().chain(key_perms::ENCRYPT_ACTIONS).copied().collect();
        self.grant(grantee, &actions, &key)
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], key_actions: &[&str]) -> Grant {
        let grant = Grant::new(grantee, PolicyStatement::allow().actions(actions.iter().copied()).resource(self.arn()));
        if let Some(key) = &self.key {
            let _ = key.grant(grantee, key_actions);
        }
        grant
    }
}
