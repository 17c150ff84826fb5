//! `dynamodb::Table`: typed keys, on-demand, point-in-time recovery, retained by default.

use forma_cfn::dynamodb as l1;
use forma_cfn::dynamodb::table::{
    AttributeDefinition, AttributeType as L1AttributeType, BillingMode, GlobalSecondaryIndex, KeySchema, KeyType,
    LocalSecondaryIndex, PointInTimeRecoverySpecification, Projection, ProjectionType, ProvisionedThroughput,
    SseSpecification, SseType, StreamSpecification, TimeToLiveSpecification,
};
use forma_core::intent::{Intent, TableIntent};
use std::cell::RefCell;
use std::rc::Rc;

use forma_core::intrinsic::{select, split, sub};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, ResourceLike, Scope, Severity};

use super::perms;
use crate::iam::{grant_on_any_resource, Grant, GrantTarget, Grantable, PolicyAccess, PolicyDocument};
use crate::kms::{AsKey, Key};

pub use forma_cfn::dynamodb::table::StreamViewType;

/// The type of a key attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeType {
    /// A string (`S`).
    String,
    /// A number (`N`).
    Number,
    /// Bytes (`B`).
    Binary,
}

/// A key attribute: its name and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    name: String,
    ty: AttributeType,
}

impl Attribute {
    /// A string attribute named `name`.
    pub fn string(name: impl Into<String>) -> Self {
        Attribute { name: name.into(), ty: AttributeType::String }
    }

    /// A number attribute named `name`.
    pub fn number(name: impl Into<String>) -> Self {
        Attribute { name: name.into(), ty: AttributeType::Number }
    }

    /// A binary attribute named `name`.
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
    Provisioned {
        /// Read capacity units.
        read: u32,
        /// Write capacity units.
        write: u32,
    },
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

/// A DynamoDB table: the L1 `AWS::DynamoDB::Table` under the child id `Resource`. It derefs
/// to its [`TableRef`]; grants on it are the methods of [`AsTable`].
#[derive(Clone)]
pub struct Table {
    scope: Scope,
    resource: Resource<l1::Table>,
    stream: Option<StreamViewType>,
    reference: TableRef,
}

forma_core::construct!(Table, l1::Table);

/// A table, made in this app or not ([`Table::from_name`], [`Table::from_arn`]): its name
/// and ARN, its stream's ARN when it has one, and what grants on it need.
#[derive(Clone)]
pub struct TableRef {
    arn: Value<String>,
    name: Value<String>,
    stream_arn: Option<Value<String>>,
    /// Whether grants cover the table's indexes (`<arn>/index/*`).
    indexes: bool,
    pub(crate) target: GrantTarget,
}

impl std::fmt::Debug for TableRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TableRef({})", self.target.scope.path())
    }
}

impl Table {
    /// A table under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::dynamodb::{Attribute, Table, TableProps};
    /// let app = forma_dsl::App::new();
    /// let orders = Table::new(&app.stack("Shop"), "Orders", TableProps::new(Attribute::string("id")));
    /// ```
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
        let document = Rc::new(RefCell::new(PolicyDocument::new()));
        let holder = resource.clone();
        let access = PolicyAccess::owned(move |statement| {
            let mut document = document.borrow_mut();
            document.add_statement(statement);
            let policy = forma_core::Expr::from(Value::<forma_core::Json>::from(&*document));
            holder.set_property("ResourcePolicy", forma_core::obj! { "PolicyDocument" => policy });
            Some(holder.resource_ref())
        });
        let stream_arn = props.stream.as_ref().map(|_| resource.stream_arn());
        let reference = TableRef {
            arn: resource.arn(),
            name: resource.reference(),
            stream_arn,
            indexes: !props.indexes.is_empty(),
            target: GrantTarget::new(scope.clone(), access).with_key(key.as_ref().map(AsKey::as_key)),
        };
        Table { scope, resource, stream: props.stream, reference }
    }

    /// A table of this account and region that is not in this app, by name. Grants cover
    /// its indexes too; give its stream with [`TableRef::with_stream`].
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::dynamodb::Table;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Shop");
    /// let orders = Table::from_name(&stack, "Orders", "orders");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// orders.grant_read_data(&role);
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> TableRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Name}")
            .var("Name", name.clone());
        TableRef::imported(scope.as_scope().child(id), arn.into(), name)
    }

    /// A table that is not in this app, by ARN
    /// (`arn:aws:dynamodb:eu-west-1:123456789012:table/orders`).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::dynamodb::Table;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Shop");
    /// let orders = Table::from_arn(&stack, "Orders", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// orders.grant_read_write_data(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> TableRef {
        let arn = arn.into();
        let name = match arn.expr() {
            forma_core::Expr::String(s) => Value::from(s.rsplit('/').next().unwrap_or(s).to_owned()),
            _ => select(1, split("/", arn.clone())),
        };
        TableRef::imported(scope.as_scope().child(id), arn, name)
    }

    /// The stream's ARN; only a table with a stream has one (an error at the table
    /// otherwise).
    #[track_caller]
    pub fn stream_arn(&self) -> Value<String> {
        if self.stream.is_none() {
            no_stream(&self.scope, "stream_arn()");
        }
        self.resource.stream_arn()
    }
}

impl std::ops::Deref for Table {
    type Target = TableRef;

    fn deref(&self) -> &TableRef {
        &self.reference
    }
}

impl TableRef {
    fn imported(scope: Scope, arn: Value<String>, name: Value<String>) -> TableRef {
        TableRef { arn, name, stream_arn: None, indexes: true, target: GrantTarget::new(scope, PolicyAccess::IMPORTED) }
    }

    /// The same table, with the stream whose ARN is `stream_arn` (for an imported table
    /// read as an event source, or by `grant_stream_read`).
    pub fn with_stream(mut self, stream_arn: impl Into<Value<String>>) -> TableRef {
        self.stream_arn = Some(stream_arn.into());
        self
    }

    /// The same table, encrypted with `key` (a customer-managed key): grants on it then
    /// also grant the key's use.
    pub fn encrypted_with(mut self, key: &impl AsKey) -> TableRef {
        self.target = self.target.with_key(Some(key.as_key()));
        self
    }

    /// The table's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The table's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// Whether the table has a stream (as far as known).
    pub fn has_stream(&self) -> bool {
        self.stream_arn.is_some()
    }

    /// The stream's ARN, when the table has a stream.
    pub(crate) fn stream(&self) -> Option<&Value<String>> {
        self.stream_arn.as_ref()
    }

    /// The ARN of any stream the table has: what stands for a missing stream once that is
    /// reported, so that nothing else fails on its account.
    pub(crate) fn any_stream(&self) -> Value<String> {
        sub("${Arn}/stream/*").var("Arn", self.arn()).into()
    }

    /// The table's path, for messages.
    pub fn path(&self) -> String {
        self.target.scope.path()
    }

    /// Lets `grantee` read the table's stream, which the caller checked it has.
    #[track_caller]
    pub(crate) fn grant_stream(&self, grantee: &impl Grantable, stream_arn: Value<String>) -> Grant {
        grant_on_any_resource(grantee, &[perms::LIST_STREAMS_ACTION]);
        self.target.grant(grantee, perms::READ_STREAM_ACTIONS, vec![stream_arn], perms::KEY_READ_ACTIONS)
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], key_actions: &[&str]) -> Grant {
        let mut resources = vec![self.arn()];
        if self.indexes {
            resources.push(sub("${Arn}/index/*").var("Arn", self.arn()).into());
        }
        self.target.grant(grantee, actions, resources, key_actions)
    }
}

/// Any table: a [`Table`], an imported [`TableRef`], or the L1 `AWS::DynamoDB::Table`.
/// Grants on a table are its methods.
pub trait AsTable {
    /// The table, as a reference.
    fn as_table(&self) -> TableRef;

    /// Lets `grantee` read items.
    #[track_caller]
    fn grant_read_data(&self, grantee: &impl Grantable) -> Grant {
        self.as_table().grant(grantee, perms::READ_DATA_ACTIONS, perms::KEY_READ_ACTIONS)
    }

    /// Lets `grantee` write items.
    #[track_caller]
    fn grant_write_data(&self, grantee: &impl Grantable) -> Grant {
        self.as_table().grant(grantee, perms::WRITE_DATA_ACTIONS, perms::KEY_WRITE_ACTIONS)
    }

    /// Lets `grantee` read and write items.
    #[track_caller]
    fn grant_read_write_data(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::READ_DATA_ACTIONS.iter().chain(perms::WRITE_DATA_ACTIONS).copied().collect();
        self.as_table().grant(grantee, &actions, perms::KEY_WRITE_ACTIONS)
    }

    /// Lets `grantee` read the table's stream; a table without a (known) stream is an
    /// error at the table.
    #[track_caller]
    fn grant_stream_read(&self, grantee: &impl Grantable) -> Grant {
        let table = self.as_table();
        let arn = match table.stream() {
            Some(arn) => arn.clone(),
            None => {
                no_stream(&table.target.scope, "grant_stream_read");
                table.any_stream()
            }
        };
        table.grant_stream(grantee, arn)
    }
}

impl AsTable for TableRef {
    fn as_table(&self) -> TableRef {
        self.clone()
    }
}

impl AsTable for Table {
    fn as_table(&self) -> TableRef {
        self.reference.clone()
    }
}

impl AsTable for Resource<l1::Table> {
    fn as_table(&self) -> TableRef {
        let mut table = TableRef::imported(self.scope().clone(), self.arn(), self.reference());
        table.stream_arn = Some(self.stream_arn());
        table.target.policy = PolicyAccess::L1;
        table
    }
}

/// Reports at `scope` that `what` needs a stream the table does not have.
#[track_caller]
fn no_stream(scope: &Scope, what: &str) {
    scope.report(
        Severity::Error,
        "no-stream",
        format!("{what}: the table has no stream"),
        Some("give it one with TableProps::stream(StreamViewType::NewAndOldImages), or with_stream(arn) on an imported table"),
    );
}
