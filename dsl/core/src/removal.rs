//! What happens to stateful resources when their stack is deleted or they are replaced, and
//! which resource types hold data: one list, for the constructs' removal defaults and for the
//! deployer's confirmation before a change would replace or remove one (synthesis writes it
//! into the manifest, which is all the deployer reads).

use std::panic::Location;

use crate::model::{Model, NodeId, NodeKind, ResourceSpec};
use crate::resource::{CfnResource, DeletionPolicy, Resource};

/// Resource types whose replacement or removal loses data.
pub const STATEFUL_TYPES: &[&str] = &[
    "AWS::Cognito::UserPool",
    "AWS::DynamoDB::GlobalTable",
    "AWS::DynamoDB::Table",
    "AWS::ECR::Repository",
    "AWS::EFS::FileSystem",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::KMS::Key",
    "AWS::Kinesis::Stream",
    "AWS::Logs::LogGroup",
    "AWS::OpenSearchService::Domain",
    "AWS::RDS::DBCluster",
    "AWS::RDS::DBInstance",
    "AWS::S3::Bucket",
    "AWS::SQS::Queue",
];

/// Whether resources of `type_name` hold data ([`STATEFUL_TYPES`]).
pub fn is_stateful(type_name: &str) -> bool {
    STATEFUL_TYPES.contains(&type_name)
}

/// What a stateful construct does with its data when the stack is deleted or the resource
/// replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RemovalPolicy {
    /// Kept, outside the stack: deleting the stack leaves it (and its data) in the account.
    #[default]
    Retain,
    /// Deleted with the stack, data and all: for stacks rebuilt every day.
    Destroy,
    /// Deleted after a final snapshot (types that have snapshots: databases, caches, volumes).
    Snapshot,
}

impl RemovalPolicy {
    /// The default for a resource of `type_name`: `Retain` for the [`STATEFUL_TYPES`] (the
    /// data outlives the stack unless asked otherwise), `Destroy` for the rest.
    pub fn default_for(type_name: &str) -> RemovalPolicy {
        if is_stateful(type_name) {
            RemovalPolicy::Retain
        } else {
            RemovalPolicy::Destroy
        }
    }

    /// Applies `policy` to `resource`, or, when none was chosen, its stack's removal policy
    /// ([`crate::Stack::removal_policy`]), its app's ([`crate::App::removal_policy`]), or the
    /// default for its type ([`RemovalPolicy::default_for`]); returns the policy applied. A
    /// default is replaced when a stack- or app-wide policy is set later.
    pub fn apply_or_default<R: CfnResource>(policy: Option<RemovalPolicy>, resource: &Resource<R>) -> RemovalPolicy {
        let (applied, inherited) = match policy {
            Some(p) => (p, None),
            None => match resource.scope.inherited_removal_policy() {
                Some((p, at)) => (p, Some(at)),
                None => (RemovalPolicy::default_for(&resource.type_name()), None),
            },
        };
        resource.edit(|spec| {
            apply_spec(spec, applied, inherited);
            spec.removal_defaulted = policy.is_none();
        });
        applied
    }

    /// Sets `resource`'s `DeletionPolicy` and `UpdateReplacePolicy` to match: a choice that
    /// stack- and app-wide policies leave alone.
    pub fn apply_to<R: CfnResource>(self, resource: &Resource<R>) {
        resource.edit(|spec| {
            apply_spec(spec, self, None);
            spec.removal_defaulted = false;
        });
    }

    /// The `DeletionPolicy` (and `UpdateReplacePolicy`) that carries it out.
    pub fn deletion_policy(self) -> DeletionPolicy {
        match self {
            RemovalPolicy::Retain => DeletionPolicy::Retain,
            RemovalPolicy::Destroy => DeletionPolicy::Delete,
            RemovalPolicy::Snapshot => DeletionPolicy::Snapshot,
        }
    }
}

/// Sets a resource's policies to `policy`, and the deletion protection of a type that has
/// one to match (a user pool protected from deletion cannot be destroyed). A `Destroy`
/// inherited from its stack or app (set at `inherited`) also empties what must be emptied
/// to be deleted: a bucket's objects (destroy empties it), a repository's images
/// (`EmptyOnDelete`).
fn apply_spec(spec: &mut ResourceSpec, policy: RemovalPolicy, inherited: Option<&'static Location<'static>>) {
    let deletion = policy.deletion_policy();
    spec.deletion_policy = Some(deletion);
    spec.update_replace_policy = Some(deletion);
    if spec.type_name == "AWS::Cognito::UserPool" {
        let protection = if policy == RemovalPolicy::Destroy { "INACTIVE" } else { "ACTIVE" };
        spec.properties.set("DeletionProtection".to_owned(), crate::Expr::String(protection.to_owned()));
    }
    let (RemovalPolicy::Destroy, Some(at)) = (policy, inherited) else { return };
    let emptied = matches!(spec.type_name.as_str(), "AWS::S3::Bucket" | "AWS::ECR::Repository");
    if emptied && spec.empty_on_destroy.is_none() {
        crate::resource::mark_empty_on_destroy(spec, at);
    }
}

/// Applies a stack- or app-wide `policy` (set at `at`) to the resources whose policy is a
/// default: those of `stack`, or, for the app's (`None`), those of every stack without a
/// policy of its own.
pub(crate) fn apply_to_defaults(
    model: &mut Model,
    stack: Option<NodeId>,
    policy: RemovalPolicy,
    at: &'static Location<'static>,
) {
    let own: Vec<bool> =
        model.nodes.iter().map(|n| matches!(&n.kind, NodeKind::Stack(spec) if spec.removal_policy.is_some())).collect();
    for node in &mut model.nodes {
        let applies = match stack {
            Some(s) => node.stack == s,
            None => !own.get(node.stack as usize).copied().unwrap_or(false),
        };
        if let (true, NodeKind::Resource(spec)) = (applies, &mut node.kind) {
            if spec.removal_defaulted {
                apply_spec(spec, policy, Some(at));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn stateful_types_are_retained_by_default_and_the_rest_destroyed() {
        use super::RemovalPolicy;
        assert_eq!(RemovalPolicy::default_for("AWS::S3::Bucket"), RemovalPolicy::Retain);
        assert_eq!(RemovalPolicy::default_for("AWS::SNS::Topic"), RemovalPolicy::Destroy);
    }

    #[test]
    fn the_list_is_sorted_and_has_no_repeats() {
        assert!(super::STATEFUL_TYPES.windows(2).all(|w| w[0] < w[1]));
    }
}
