//! What happens to stateful resources when their stack is deleted or they are replaced, and
//! which resource types hold data: one list, for the constructs' removal defaults and for the
//! deployer's confirmation before a change would replace or remove one (synthesis writes it
//! into the manifest, which is all the deployer reads).

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

    /// Applies `policy` to `resource`, or, when none was chosen, the default for its type
    /// ([`RemovalPolicy::default_for`]); returns the policy applied.
    pub fn apply_or_default<R: CfnResource>(policy: Option<RemovalPolicy>, resource: &Resource<R>) -> RemovalPolicy {
        let policy = policy.unwrap_or_else(|| RemovalPolicy::default_for(&resource.type_name()));
        policy.apply_to(resource);
        policy
    }

    /// Sets `resource`'s `DeletionPolicy` and `UpdateReplacePolicy` to match.
    pub fn apply_to<R: CfnResource>(self, resource: &Resource<R>) {
        let policy = match self {
            RemovalPolicy::Retain => DeletionPolicy::Retain,
            RemovalPolicy::Destroy => DeletionPolicy::Delete,
            RemovalPolicy::Snapshot => DeletionPolicy::Snapshot,
        };
        resource.set_deletion_policy(policy).set_update_replace_policy(policy);
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
