//! `kms::Key`: a customer-managed key, rotated yearly, that only this account administers.

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::kms as l1;
use forma_core::intrinsic::sub;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use super::perms;
use crate::iam::{Grant, Grantable, PolicyDocument, PolicyStatement, Principal};

/// What a [`Key`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct KeyProps {
    description: Option<Value<String>>,
    alias: Option<String>,
    removal_policy: Option<RemovalPolicy>,
    pending_window_days: Option<u32>,
}

impl KeyProps {
    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// An alias for the key, without the `alias/` prefix. Default: none.
    pub fn alias(mut self, alias: impl Into<String>) -> Self {
        self.alias = Some(alias.into());
        self
    }

    /// Default: `RemovalPolicy::Retain` — the key outlives the stack, so what it encrypted
    /// stays readable.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }

    /// Days between scheduling the key's deletion and its deletion, 7 to 30. Default: 30.
    pub fn pending_window_days(mut self, days: u32) -> Self {
        self.pending_window_days = Some(days);
        self
    }
}

/// A symmetric encryption key (`AWS::KMS::Key` under the child id `Resource`), rotated every
/// year, its key policy giving the account's IAM policies control of it (the account root),
/// so grants to roles work through their own policies.
#[derive(Clone)]
pub struct Key {
    scope: Scope,
    resource: Resource<l1::Key>,
    policy: Rc<RefCell<PolicyDocument>>,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Key({})", self.scope.path())
    }
}

impl Key {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: KeyProps) -> Key {
        let scope = scope.as_scope().child(id);
        let root: Value<String> = sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root").into();
        let policy = PolicyDocument::new()
            .statement(PolicyStatement::allow().principal(Principal::Aws(root)).action("kms:*").resource("*"));
        let mut key = l1::Key::new().enable_key_rotation(true).key_policy(&policy);
        if let Some(d) = props.description {
            key = key.description(d);
        }
        if let Some(days) = props.pending_window_days {
            if !(7..=30).contains(&days) {
                scope.report(
                    Severity::Error,
                    "invalid-key",
                    format!("pending_window_days is {days}; KMS waits 7 to 30 days before deleting a key"),
                    None,
                );
            }
            key = key.pending_window_in_days(i64::from(days.clamp(7, 30)));
        }
        let resource = scope.add("Resource", key);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        if let Some(alias) = props.alias {
            scope.add("Alias", l1::Alias::new(format!("alias/{alias}"), resource.reference()));
        }
        Key { scope, resource, policy: Rc::new(RefCell::new(policy)) }
    }

    /// The key's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The key's id (`Ref`).
    pub fn key_id(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The L1 `AWS::KMS::Key`.
    pub fn resource(&self) -> &Resource<l1::Key> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Adds a statement to the key's policy (for AWS services that use the key on their own
    /// behalf, such as S3 sending to an encrypted queue).
    #[track_caller]
    pub fn add_to_resource_policy(&self, statement: PolicyStatement) {
        let mut policy = self.policy.borrow_mut();
        policy.add_statement(statement);
        self.resource.set_property("KeyPolicy", forma_core::Expr::from(Value::<forma_core::Json>::from(&*policy)));
    }

    /// Lets `grantee` decrypt with the key.
    #[track_caller]
    pub fn grant_decrypt(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::DECRYPT_ACTIONS)
    }

    /// Lets `grantee` encrypt with the key.
    #[track_caller]
    pub fn grant_encrypt(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, perms::ENCRYPT_ACTIONS)
    }

    /// Lets `grantee` encrypt and decrypt with the key.
    #[track_caller]
    pub fn grant_encrypt_decrypt(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::DECRYPT_ACTIONS.iter().chain(perms::ENCRYPT_ACTIONS).copied().collect();
        self.grant(grantee, &actions)
    }

    /// Grants `actions` on this key.
    #[track_caller]
    pub(crate) fn grant(&self, grantee: &impl Grantable, actions: &[&str]) -> Grant {
        Grant::new(grantee, PolicyStatement::allow().actions(actions.iter().copied()).resource(self.arn()))
    }
}
