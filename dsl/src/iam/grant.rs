//! Grants: the permissions one construct gives another, as IAM statements in the grantee's
//! role's default policy.

use forma_cfn::iam as l1;
use forma_core::{CfnResource, Resource};

use super::policy::PolicyStatement;
use super::role::Role;

/// Anything that acts with a role, so grants can take it: a [`Role`], a function, later a
/// task definition.
pub trait Grantable {
    /// The role the grant's statements go to.
    fn grant_role(&self) -> Role;
}

impl Grantable for Role {
    fn grant_role(&self) -> Role {
        self.clone()
    }
}

impl<T: Grantable> Grantable for &T {
    fn grant_role(&self) -> Role {
        (**self).grant_role()
    }
}

/// A permission given: the statement added to the grantee's default policy. Only grant
/// methods (`bucket.grant_read(&function)`, ...) make one. Use it to create a resource only
/// once the permission exists ([`Grant::apply_before`]).
#[must_use = "a grant can order resources after the policy that carries it; `let _ =` ignores it"]
#[derive(Debug, Clone)]
pub struct Grant {
    role: Role,
    policy: Resource<l1::Policy>,
    statement: PolicyStatement,
}

impl Grant {
    /// Adds `statement` to `grantee`'s role.
    #[track_caller]
    pub(crate) fn new(grantee: &impl Grantable, statement: PolicyStatement) -> Grant {
        let role = grantee.grant_role();
        let policy = role.add_to_policy(statement.clone());
        Grant { role, policy, statement }
    }

    /// The statement granted.
    pub fn statement(&self) -> &PolicyStatement {
        &self.statement
    }

    /// The role it was granted to.
    pub fn role(&self) -> &Role {
        &self.role
    }

    /// The policy that holds it.
    pub fn policy(&self) -> &Resource<l1::Policy> {
        &self.policy
    }

    /// Creates `resource` only after the policy holding this grant.
    pub fn apply_before<R: CfnResource>(&self, resource: &Resource<R>) -> &Self {
        resource.add_depends_on(&self.policy);
        self
    }
}
