//! `kms::Key`: a customer-managed key, rotated yearly, that only this account administers.

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::kms as l1;
use forma_core::intrinsic::sub;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, ResourceLike, Scope, Severity};

use super::perms;
use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess, PolicyDocument, PolicyStatement, Principal};

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
    reference: KeyRef,
}

forma_core::construct!(Key, l1::Key);

/// A key, made in this app or not ([`Key::from_arn`]): what grants and encrypted resources
/// need of it.
#[derive(Clone)]
pub struct KeyRef {
    pub(crate) arn: Value<String>,
    pub(crate) target: GrantTarget,
}

impl std::fmt::Debug for KeyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyRef({})", self.target.scope.path())
    }
}

impl Key {
    /// A key under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::kms::{Key, KeyProps};
    /// let app = forma_dsl::App::new();
    /// let key = Key::new(&app.stack("Data"), "Secrets", KeyProps::default().alias("secrets"));
    /// ```
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
        let policy = Rc::new(RefCell::new(policy));
        let holder = resource.clone();
        let access = PolicyAccess::owned(move |statement| {
            let mut policy = policy.borrow_mut();
            policy.add_statement(statement.on_any_resource());
            holder.set_property("KeyPolicy", forma_core::Expr::from(Value::<forma_core::Json>::from(&*policy)));
            Some(holder.resource_ref())
        });
        let reference = KeyRef { arn: resource.arn(), target: GrantTarget::new(scope.clone(), access) };
        Key { scope, resource, reference }
    }

    /// A key that is not in this app, by ARN. Grants to roles go into the roles' policies;
    /// its key policy must let the account's IAM policies use it (the default key policy
    /// does).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::kms::Key;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Data");
    /// let arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    /// let key = Key::from_arn(&stack, "Shared", arn);
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// key.grant_decrypt(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> KeyRef {
        let scope = scope.as_scope().child(id);
        KeyRef { arn: arn.into(), target: GrantTarget::new(scope, PolicyAccess::IMPORTED) }
    }

    /// The key's id (`Ref`).
    pub fn key_id(&self) -> Value<String> {
        self.resource.reference()
    }
}

impl std::ops::Deref for Key {
    type Target = KeyRef;

    fn deref(&self) -> &KeyRef {
        &self.reference
    }
}

impl KeyRef {
    /// The key's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }
}

/// Any key: a [`Key`], an imported [`KeyRef`], or the L1 `AWS::KMS::Key`. Grants on a key
/// are its methods.
pub trait AsKey {
    /// The key, as a reference.
    fn as_key(&self) -> KeyRef;

    /// Adds a statement to the key's policy (for AWS services that use the key on their own
    /// behalf, such as S3 sending to an encrypted queue); a synth error on a key that is not
    /// in this app.
    #[track_caller]
    fn add_to_resource_policy(&self, statement: PolicyStatement) {
        self.as_key().target.add_to_resource_policy(statement, "add_to_resource_policy");
    }

    /// Lets `grantee` decrypt with the key.
    #[track_caller]
    fn grant_decrypt(&self, grantee: &impl Grantable) -> Grant {
        self.as_key().grant(grantee, perms::DECRYPT_ACTIONS)
    }

    /// Lets `grantee` encrypt with the key.
    #[track_caller]
    fn grant_encrypt(&self, grantee: &impl Grantable) -> Grant {
        self.as_key().grant(grantee, perms::ENCRYPT_ACTIONS)
    }

    /// Lets `grantee` encrypt and decrypt with the key.
    #[track_caller]
    fn grant_encrypt_decrypt(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::DECRYPT_ACTIONS.iter().chain(perms::ENCRYPT_ACTIONS).copied().collect();
        self.as_key().grant(grantee, &actions)
    }
}

impl KeyRef {
    /// Grants `actions` on this key.
    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str]) -> Grant {
        self.target.grant(grantee, actions, vec![self.arn()], &[])
    }
}

impl AsKey for KeyRef {
    fn as_key(&self) -> KeyRef {
        self.clone()
    }
}

impl AsKey for Key {
    fn as_key(&self) -> KeyRef {
        self.reference.clone()
    }
}

impl AsKey for Resource<l1::Key> {
    fn as_key(&self) -> KeyRef {
        KeyRef { arn: self.arn(), target: GrantTarget::new(self.scope().clone(), PolicyAccess::L1) }
    }
}
