//! Grants: the one mechanism behind every `grant_*` method. A grant to a role (of this app,
//! or imported) is a statement in a policy attached to that role; a grant to any other
//! principal (a service, an account) is a statement in the resource's own policy, which only
//! a construct of this app can change. When the resource is encrypted with a customer key,
//! the key's actions go the same way.

use std::rc::Rc;

use forma_core::value::{NodeRef, Value};
use forma_core::{CfnResource, Resource, ResourceLike, Scope};

use super::policy::PolicyStatement;
use super::principal::Principal;
use super::role::{Role, RoleRef};
use crate::kms::KeyRef;

/// Anything a grant can be given to: a role (of this app or imported), a function or a task
/// definition (through its role), or any [`Principal`] (a service, an account).
pub trait Grantable {
    /// Who the grant's statements are about.
    fn grant_principal(&self) -> GrantPrincipal;
}

/// Who a grant is for, as IAM tells them apart.
#[derive(Debug, Clone)]
pub enum GrantPrincipal {
    /// A role: the statement goes to a policy attached to the role.
    Role(RoleRef),
    /// Any other principal: the statement, naming it, goes to the resource's policy.
    Principal(Principal),
}

impl Grantable for Role {
    fn grant_principal(&self) -> GrantPrincipal {
        GrantPrincipal::Role(self.as_ref().clone())
    }
}

impl Grantable for RoleRef {
    fn grant_principal(&self) -> GrantPrincipal {
        GrantPrincipal::Role(self.clone())
    }
}

impl Grantable for Principal {
    fn grant_principal(&self) -> GrantPrincipal {
        GrantPrincipal::Principal(self.clone())
    }
}

impl<T: Grantable + ?Sized> Grantable for &T {
    fn grant_principal(&self) -> GrantPrincipal {
        (**self).grant_principal()
    }
}

/// Adds a statement to a resource policy and answers the resource that holds it (if one).
type AddStatement = dyn Fn(PolicyStatement) -> Option<NodeRef>;

/// A resource's own policy, as far as forma may change it.
#[derive(Clone)]
pub(crate) enum PolicyAccess {
    /// A construct of this app: statements are added to its policy.
    Owned(Rc<AddStatement>),
    /// Not changeable from here, and why (`"is imported"`).
    Closed(&'static str),
}

impl PolicyAccess {
    /// The policy of a construct of this app, changed by `add`.
    pub(crate) fn owned(add: impl Fn(PolicyStatement) -> Option<NodeRef> + 'static) -> PolicyAccess {
        PolicyAccess::Owned(Rc::new(add))
    }

    /// A resource that is not in this app.
    pub(crate) const IMPORTED: PolicyAccess =
        PolicyAccess::Closed("is not in this app (a reference made with from_*), so forma cannot change its policy");

    /// A resource type with no resource policy: only roles can be given access to it.
    pub(crate) const NONE: PolicyAccess =
        PolicyAccess::Closed("has no resource policy (IAM gives access to it through roles only)");

    /// An L1 resource, whose policy is its own resource the user writes.
    pub(crate) const L1: PolicyAccess =
        PolicyAccess::Closed("is an L1 resource, whose resource policy forma does not own");
}

/// What a grant is on: the resource's node (for messages), its policy, and the customer key
/// that encrypts it, if any.
#[derive(Clone)]
pub(crate) struct GrantTarget {
    pub(crate) scope: Scope,
    pub(crate) policy: PolicyAccess,
    pub(crate) key: Option<Rc<KeyRef>>,
}

impl GrantTarget {
    /// A target with no customer key.
    pub(crate) fn new(scope: Scope, policy: PolicyAccess) -> GrantTarget {
        GrantTarget { scope, policy, key: None }
    }

    /// The same, encrypted with `key`.
    pub(crate) fn with_key(mut self, key: Option<KeyRef>) -> GrantTarget {
        self.key = key.map(Rc::new);
        self
    }

    /// Allows `grantee` `actions` on `resources`, and `key_actions` on the customer key if
    /// there is one.
    #[track_caller]
    pub(crate) fn grant(
        &self,
        grantee: &impl Grantable,
        actions: &[&str],
        resources: Vec<Value<String>>,
        key_actions: &[&str],
    ) -> Grant {
        let statement = PolicyStatement::allow().actions(actions.iter().copied()).resources(resources);
        self.grant_statement(grantee, statement, key_actions)
    }

    /// Allows `grantee` what `statement` allows (actions, resources, conditions), and
    /// `key_actions` on the customer key if there is one.
    #[track_caller]
    pub(crate) fn grant_statement(
        &self,
        grantee: &impl Grantable,
        statement: PolicyStatement,
        key_actions: &[&str],
    ) -> Grant {
        let principal = grantee.grant_principal();
        let (statement, holder) = self.add(&principal, statement);
        if let (Some(key), false) = (&self.key, key_actions.is_empty()) {
            let on_key = PolicyStatement::allow().actions(key_actions.iter().copied());
            key.target.add(&principal, on_key.resource(key.arn.clone()));
        }
        Grant { statement, principal, holder }
    }

    /// Adds `statement` where `principal` needs it: to the role's policy, or, naming the
    /// principal, to this resource's policy.
    #[track_caller]
    fn add(&self, principal: &GrantPrincipal, statement: PolicyStatement) -> (PolicyStatement, Option<NodeRef>) {
        match principal {
            GrantPrincipal::Role(role) => {
                let policy = role.add_to_policy(statement.clone());
                (statement, Some(policy.resource_ref()))
            }
            GrantPrincipal::Principal(p) => {
                let statement = statement.principal(p.clone());
                let what = format!("a grant to {}", p.describe());
                let holder = self.add_to_resource_policy(statement.clone(), &what);
                (statement, holder)
            }
        }
    }

    /// Lets an AWS service act on the resource (S3 sending to a queue, EventBridge
    /// publishing to a topic): adds `statement` to the resource's own policy; on a resource
    /// that is not in this app, warns that its owner must (`what` names what needs it).
    #[track_caller]
    pub(crate) fn allow_service(&self, statement: PolicyStatement, what: &str) -> Option<NodeRef> {
        match &self.policy {
            PolicyAccess::Owned(add) => add(statement),
            PolicyAccess::Closed(why) => {
                let actions = statement.action_names().join(", ");
                let who: Vec<String> = statement.principal_list().iter().map(Principal::describe).collect();
                self.scope.report(
                    forma_core::Severity::Warning,
                    "resource-policy-not-owned",
                    format!(
                        "{what} needs this resource's policy to allow {} {actions}, but the resource {why}",
                        who.join(" and ")
                    ),
                    Some("have the resource's owner allow it, or deployment fails when AWS checks the permission"),
                );
                None
            }
        }
    }

    /// Lets the AWS service `service` deliver to the resource (`action` on `resource`, S3 or
    /// EventBridge sending to a queue, CloudWatch publishing to a topic) under `conditions`
    /// (`("ArnEquals", "aws:SourceArn", rule_arn)`), and use its customer key if it has one.
    #[track_caller]
    pub(crate) fn allow_delivery(
        &self,
        service: Principal,
        action: &str,
        resource: Value<String>,
        conditions: Vec<(&str, &str, Value<String>)>,
        what: &str,
    ) -> Option<NodeRef> {
        if let Some(key) = &self.key {
            let use_key =
                PolicyStatement::allow().principal(service.clone()).actions(["kms:GenerateDataKey*", "kms:Decrypt"]);
            key.target.allow_service(use_key.on_any_resource(), what);
        }
        let mut statement = PolicyStatement::allow().principal(service).action(action).resource(resource);
        for (operator, key, value) in conditions {
            statement = statement.condition(operator, key, value);
        }
        self.allow_service(statement, what)
    }

    /// Adds `statement` to the resource's own policy, or reports why it cannot be (`what`
    /// names what needed it); answers the resource that holds the policy.
    #[track_caller]
    pub(crate) fn add_to_resource_policy(&self, statement: PolicyStatement, what: &str) -> Option<NodeRef> {
        match &self.policy {
            PolicyAccess::Owned(add) => add(statement),
            PolicyAccess::Closed(why) => {
                self.scope.report(
                    forma_core::Severity::Error,
                    "resource-policy-not-owned",
                    format!("{what} needs a statement in this resource's policy, but the resource {why}"),
                    Some("grant to a role instead (forma writes the role's own policy), or have the resource's owner add the statement"),
                );
                None
            }
        }
    }
}

/// Gives a role grantee `actions` that IAM only grants on `*` (they have no resource-level
/// permission: `ecr:GetAuthorizationToken`, `dynamodb:ListStreams`), alongside a grant; a
/// grant to another principal, in a resource policy, needs none.
#[track_caller]
pub(crate) fn grant_on_any_resource(grantee: &impl Grantable, actions: &[&str]) {
    if let GrantPrincipal::Role(role) = grantee.grant_principal() {
        role.add_to_policy(PolicyStatement::allow().actions(actions.iter().copied()).resource("*"));
    }
}

/// The policy resource a grant or statement went into, as something to depend on.
pub(crate) struct Holder(pub(crate) NodeRef);

impl ResourceLike for Holder {
    fn resource_ref(&self) -> NodeRef {
        self.0.clone()
    }
}

/// A permission given. Grant methods (`bucket.grant_read(&function)`, ...) make one; keep it
/// to create a resource only once the permission exists ([`Grant::apply_before`]), or
/// ignore it.
#[derive(Clone)]
pub struct Grant {
    statement: PolicyStatement,
    principal: GrantPrincipal,
    holder: Option<NodeRef>,
}

impl std::fmt::Debug for Grant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Grant").field("statement", &self.statement).field("principal", &self.principal).finish()
    }
}

impl Grant {
    /// The statement granted (naming the principal when it went to a resource policy).
    pub fn statement(&self) -> &PolicyStatement {
        &self.statement
    }

    /// Who it was granted to.
    pub fn principal(&self) -> &GrantPrincipal {
        &self.principal
    }

    /// The role it was granted to, when it was granted to a role.
    pub fn role(&self) -> Option<&RoleRef> {
        match &self.principal {
            GrantPrincipal::Role(role) => Some(role),
            GrantPrincipal::Principal(_) => None,
        }
    }

    /// Creates `resource` only after the policy holding this grant (when that policy is in
    /// this app).
    pub fn apply_before<R: CfnResource>(&self, resource: &Resource<R>) -> &Self {
        if let Some(holder) = &self.holder {
            resource.add_depends_on(&Holder(holder.clone()));
        }
        self
    }
}
