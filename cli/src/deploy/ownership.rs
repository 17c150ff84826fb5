//! Ownership: forma changes only the stacks it deployed. They carry its fingerprint tag
//! (the hash of what was applied, which also lets an unchanged stack be skipped); a stack
//! without it is another tool's, read but never changed unless the run adopts it.

use aws_sdk_cloudformation::Client;

use super::cfn::StackInfo;
use super::error::DeployError;

/// The stack tag holding the fingerprint of what was last applied: template hash,
/// parameters and tags. Equal fingerprint: nothing to do, decided by one DescribeStacks.
pub const FINGERPRINT_TAG: &str = "forma:fingerprint";

/// Whether forma deployed the stack: it carries forma's fingerprint tag. The ownership
/// rule ([`super::Ctx::may_change`]) rests on this one test.
pub fn owned_by_forma(info: &StackInfo) -> bool {
    info.tags.contains_key(FINGERPRINT_TAG)
}

/// Whether a stack in `REVIEW_IN_PROGRESS` is forma's own: the shell a create change set
/// makes, holding nothing but forma's change sets (a run stopped before it executed one).
/// CloudFormation may not show a stack's tags before its first change set runs, so its
/// change sets tell: every one named `forma-...`, and at least one.
pub async fn review_is_formas(cfn: &Client, info: &StackInfo) -> Result<bool, DeployError> {
    if info.status != "REVIEW_IN_PROGRESS" {
        return Ok(false);
    }
    let out = cfn
        .list_change_sets()
        .stack_name(&info.id)
        .send()
        .await
        .map_err(|e| DeployError::aws("ListChangeSets", &e).stack(&info.name))?;
    let names: Vec<&str> = out.summaries().iter().map(|c| c.change_set_name().unwrap_or("")).collect();
    Ok(!names.is_empty() && names.iter().all(|n| n.starts_with("forma-")))
}
