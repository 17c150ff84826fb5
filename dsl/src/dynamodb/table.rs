//! `dynamodb::Table`: typed keys, on-demand, point-in-time recovery, retained by default.

use forma_cfn::dynamodb as l1;
use forma_cfn::dynamodb::table::{
    AttributeDefinition, AttributeType as L1AttributeType, BillingMode, GlobalSecondaryIndex, KeySchema, KeyType,
    LocalSecondaryIndex, PointInTimeRecoverySpecification, Projection, ProjectionType, ProvisionedThroughput,
    SseSpecification, SseType, StreamSpecification, TimeToLiveSpecification,
};
use forma_core::intent::{Intent, TableIntent};
use forma_core::intrinsic::sub;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use super::perms;
use crate::iam::{Grant, Grantable, PolicyStatement};
use crate::kms::Key;

pub use forma_cfn::dynamodb::table::StreamViewType;

/// The type of a key attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeType {
    String,
    Number,
    Binary,
}

/// A key attribute: its name and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    name: String,
    ty: AttributeType,
}

impl Attribute {
    pub fn string(name: impl Into<String>) -> Self {
        Attribute { name: name.into(), ty: AttributeType::String }
    }

    pub fn number(name: impl Into<String>) -> Self {
        Attribute { name: name.into(), ty: AttributeType::Number }
    }

    pub fn binary(name: impl Into<String>) -> Self {
        Attribute { name: name.into(), ty: AttributeType::Binary }
    }

    /// `S`, `N` or `B`.
    fn definition_type(&self) -> &'static str {
        match self.ty {
            AttributeType::String => "S",
            AttributeType::Number => "N",
            AttributeType::Binary => "B",
        }
    }

    fn definition(&self) -> AttributeDefinition {
        let ty = match self.ty {
            AttributeType::String => L1AttributeType::S,
            AttributeType::Number => L1AttributeType::N,
            AttributeType::Binary => L1AttributeType::B,
        };
        AttributeDefinition::new(self.name.clone(), ty)
    }
}

/// How reads and writes are paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Billing {
    /// Per request, scaling with the traffic.
    #[default]
    OnDemand,
    /// A fixed capacity of read and write units per second.
    Provisioned { read: u32, write: u32 },
}

/// How items are encrypted at rest (they always are).
#[derive(Debug, Clone, Default)]
pub enum TableEncryption {
    /// A key DynamoDB owns, at no cost.
    #[default]
    AwsOwned,
    /// The account's AWS managed key (`aws/dynamodb`), which CloudTrail records the use of.
    AwsManaged,
    /// A customer-managed key; grants on the table also grant its use.
    Kms(Key),
}

/// A secondary index: its name, keys and which attributes it copies.
#[derive(Debug, Clone)]
pub struct Index {
    name: String,
    partition_key: Option<Attribute>,
    sort_key: Option<Attribute>,
    include: Option<Vec<String>>,
}

impl Index {
    /// A global secondary index keyed by `partition_key`, copying every attribute.
    pub fn global(name: impl Into<String>, partition_key: Attribute) -> Self {
        Index { name: name.into(), partition_key: Some(partition_key), sort_key: None, include: None }
    }

    /// A local secondary index: the table's partition key and `sort_key`, copying every
    /// attribute.
    pub fn local(name: impl Into<String>, sort_key: Attribute) -> Self {
        Index { name: name.into(), partition_key: None, sort_key: Some(sort_key), include: None }
    }

    /// Adds a sort key to a global index. Default: none.
    pub fn sort_key(mut self, key: Attribute) -> Self {
        self.sort_key = Some(key);
        self
    }

    /// Copies only the keys and these attributes. Default: every attribute.
    pub fn include<S: Into<String>>(mut self, attributes: impl IntoIterator<Item = S>) -> Self {
        self.include = Some(attributes.into_iter().map(Into::into).collect());
        self
    }

    fn projection(&self) -> Projection {
        match &self.include {
            None => Projection::new().projection_type(ProjectionType::All),
            Some(attrs) if attrs.is_empty() => Projection::new().projection_type(ProjectionType::KeysOnly),
            Some(attrs) => Projection::new().projection_type(ProjectionType::Include).non_key_attributes(attrs.clone()),
        }
    }
}

/// What a [`Table`] is made of. Required: the partition key.
#[derive(Debug, Clone)]
pub struct TableProps {
    partition_key: Attribute,
    sort_key: Option<Attribute>,
    table_name: Option<Value<String>>,
    billing: Billing,
    point_in_time_recovery: bool,
    time_to_live: Option<String>,
    stream: Option<StreamViewType>,
    indexes: Vec<Index>,
    deletion_protection: bool,
    encryption: TableEncryption,
    removal_policy: Option<RemovalPolicy>,
}

impl TableProps {
    /// A table keyed by `partition_key`.
    pub fn new(partition_key: Attribute) -> Self {
        TableProps {
            partition_key,
            sort_key: None,
            table_name: None,
            billing: Billing::OnDemand,
            point_in_time_recovery: true,
            time_to_live: None,
            stream: None,
            indexes: Vec::new(),
            deletion_protection: false,
            encryption: TableEncryption::AwsOwned,
            removal_policy: None,
        }
    }

    /// Default: none — items are found by partition key alone.
    pub fn sort_key(mut self, key: Attribute) -> Self {
        self.sort_key = Some(key);
        self
    }

    /// A fixed name. Default: CloudFormation names it.
    pub fn table_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.table_name = Some(name.into());
        self
    }

    /// Default: `Billing::OnDemand`.
    pub fn billing(mut self, billing: Billing) -> Self {
        self.billing = billing;
        self
    }

    /// Turns point-in-time recovery off. Default: on — any second of the last 35 days can be
    /// restored.
    pub fn without_point_in_time_recovery(mut self) -> Self {
        self.point_in_time_recovery = false;
        self
    }

    /// Deletes items once the time in `attribute` (epoch seconds) has passed. Default: items
    /// never expire.
    pub fn time_to_live(mut self, attribute: impl Into<String>) -> Self {
        self.time_to_live = Some(attribute.into());
        self
    }

    /// Records every change in a stream, with `view` of each item. Default: no stream.
    pub fn stream(mut self, view: StreamViewType) -> Self {
        self.stream = Some(view);
        self
    }

    /// Adds a secondary index ([`Index::global`], [`Index::local`]). Default: none.
    pub fn index(mut self, index: Index) -> Self {
        self.indexes.push(index);
        self
    }

    /// Refuses to delete the table, whatever the stack says. Default: off.
    pub fn deletion_protection(mut self) -> Self {
        self.deletion_protection = true;
        self
    }

    /// Default: `TableEncryption::AwsOwned`.
    pub fn encryption(mut self, encryption: TableEncryption) -> Self {
        self.encryption = encryption;
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the table and its items.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }
}

/// A DynamoDB table: the L1 `AWS::DynamoDB::Table` under the child id `Resource`.
#[derive(Debug, Clone)]
pub struct Table {
    scope: Scope,
    resource: Resource<l1::Table>,
    key: Option<Key>,
    stream: Option<StreamViewType>,
    has_indexes: bool,
}

impl Table {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: TableProps) -> Table {
        let scope = scope.as_scope().child(id);
        // Every key attribute, once, with its type.
        let define = |a: &Attribute, attributes: &mut Vec<Attribute>| match attributes.iter().find(|d| d.name == a.name)
        {
            Some(d) if d.ty != a.ty => scope.report(
                Severity::Error,
                "key-attribute-type",
                format!("the key attribute {:?} is used as both {:?} and {:?}", a.name, d.ty, a.ty),
                Some("a key attribute has one type across the table and its indexes"),
            ),
            Some(_) => {}
            None => attributes.push(a.clone()),
        };
        let mut defined: Vec<Attribute> = Vec::new();
        define(&props.partition_key, &mut defined);
        let mut keys = vec![KeySchema::new(props.partition_key.name.clone(), KeyType::Hash)];
        if let Some(s) = &props.sort_key {
            define(s, &mut defined);
            keys.push(KeySchema::new(s.name.clone(), KeyType::Range));
        }
        let (mut globals, mut locals) = (Vec::new(), Vec::new());
        for index in &props.indexes {
            let mut index_keys = Vec::new();
            match &index.partition_key {
                Some(pk) => {
                    define(pk, &mut defined);
                    index_keys.push(KeySchema::new(pk.name.clone(), KeyType::Hash));
                }
                None => {
                    if props.sort_key.is_none() {
                        scope.report(
                            Severity::Error,
                            "local-index-sort-key",
                            format!("the local index {:?} needs a table with a sort key", index.name),
                            Some("give the table a sort key, or make the index global"),
                        );
                    }
                    index_keys.push(KeySchema::new(props.partition_key.name.clone(), KeyType::Hash));
                }
            }
            if let Some(sk) = &index.sort_key {
                define(sk, &mut defined);
                index_keys.push(KeySchema::new(sk.name.clone(), KeyType::Range));
            }
            match index.partition_key {
                Some(_) => globals.push(GlobalSecondaryIndex::new(index.name.clone(), index_keys, index.projection())),
                None => locals.push(LocalSecondaryIndex::new(index.name.clone(), index_keys, index.projection())),
            }
        }
        let mut table =
            l1::Table::new(keys).attribute_definitions(defined.iter().map(Attribute::definition).collect::<Vec<_>>());
        table = match props.billing {
            Billing::OnDemand => table.billing_mode(BillingMode::PayPerRequest),
            Billing::Provisioned { read, write } => table
                .billing_mode(BillingMode::Provisioned)
                .provisioned_throughput(ProvisionedThroughput::new(i64::from(read), i64::from(write))),
        };
        if !globals.is_empty() {
            table = table.global_secondary_indexes(globals);
        }
        if !locals.is_empty() {
            table = table.local_secondary_indexes(locals);
        }
        if props.point_in_time_recovery {
            table = table.point_in_time_recovery_specification(
                PointInTimeRecoverySpecification::new().point_in_time_recovery_enabled(true),
            );
        }
        let key = match &props.encryption {
            TableEncryption::AwsOwned => None,
            TableEncryption::AwsManaged => {
                table = table.sse_specification(SseSpecification::new(true).sse_type(SseType::Kms));
                None
            }
            TableEncryption::Kms(key) => {
                table = table
                    .sse_specification(SseSpecification::new(true).sse_type(SseType::Kms).kms_master_key_id(key.arn()));
                Some(key.clone())
            }
        };
        if let Some(view) = &props.stream {
            table = table.stream_specification(StreamSpecification::new(view.clone()));
        }
        if let Some(attr) = props.time_to_live {
            table = table.time_to_live_specification(TimeToLiveSpecification::new(true).attribute_name(attr));
        }
        if props.deletion_protection {
            table = table.deletion_protection_enabled(true);
        }
        if let Some(name) = props.table_name {
            table = table.table_name(name);
        }
        let resource = scope.add("Resource", table);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        let key_of = |a: &Attribute| (a.name.clone(), a.definition_type().to_owned());
        scope.set_intent(Intent::Table(TableIntent {
            resource: resource.node_id(),
            partition_key: key_of(&props.partition_key),
            sort_key: props.sort_key.as_ref().map(key_of),
            indexes: props.indexes.len(),
            stream: props.stream.is_some(),
        }));
        Table { scope, resource, key, stream: props.stream, has_indexes: !props.indexes.is_empty() }
    }

    /// The table's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The table's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The stream's ARN; only a table with a stream has one (an error at the table
    /// otherwise).
    #[track_caller]
    pub fn stream_arn(&self) -> Value<String> {
        if self.stream.is_none() {
            self.no_stream("stream_arn()");
        }
        self.resource.stream_arn()
    }

    /// Whether the table has a stream.
    pub fn has_stream(&self) -> bool {
        self.stream.is_some()
    }

    /// The L1 `AWS::DynamoDB::Table`, for anything this construct does not offer.
    pub fn resource(&self) -> &Resource<l1::Table> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Lets `grantee` read items.
    #[track_caller]
    pub fn grant_read_data(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::READ_DATA_ACTIONS, perms::KEY_READ_ACTIONS)
    }

    /// Lets `grantee` write items.
    #[track_caller]
    pub fn grant_write_data(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::WRITE_DATA_ACTIONS, perms::KEY_WRITE_ACTIONS)
    }

    /// Lets `grantee` read and write items.
    #[track_caller]
    pub fn grant_read_write_data(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::READ_DATA_ACTIONS.iter().chain(perms::WRITE_DATA_ACTIONS).copied().collect();
        self.grant(grantee, &actions, perms::KEY_WRITE_ACTIONS)
    }

    /// Lets `grantee` read the table's stream; a table without a stream is an error at the
    /// table.
    #[track_caller]
    pub fn grant_stream_read(&self, grantee: &impl Grantable) -> Grant {
        if self.stream.is_none() {
            self.no_stream("grant_stream_read");
        }
        self.grant_stream_read_unchecked(grantee)
    }

    /// [`Table::grant_stream_read`] for a caller that reported a missing stream itself.
    #[track_caller]
    pub(crate) fn grant_stream_read_unchecked(&self, grantee: &impl Grantable) -> Grant {
        // ListStreams has no resource-level permission in IAM: it can only be granted on `*`.
        let _ = Grant::new(grantee, PolicyStatement::allow().action(perms::LIST_STREAMS_ACTION).resource("*"));
        let grant = Grant::new(
            grantee,
            PolicyStatement::allow()
                .actions(perms::READ_STREAM_ACTIONS.iter().copied())
                .resource(self.resource.stream_arn()),
        );
        if let Some(key) = &self.key {
            let _ = key.grant(grantee, perms::KEY_READ_ACTIONS);
        }
        grant
    }

    #[track_caller]
    fn no_stream(&self, what: &str) {
        self.scope.report(
            Severity::Error,
            "no-stream",
            format!("{what}: the table has no stream"),
            Some("give it one with TableProps::stream(StreamViewType::NewAndOldImages)"),
        );
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], key_actions: &[&str]) -> Grant {
        let mut statement = PolicyStatement::allow().actions(actions.iter().copied()).resource(self.arn());
        if self.has_indexes {
            statement = statement.resource(sub("${Arn}/index/*").var("Arn", self.arn()));
        }
        let grant = Grant::new(grantee, statement);
        if let Some(key) = &self.key {
            let _ = key.grant(grantee, key_actions);
        }
        grant
    }
}
