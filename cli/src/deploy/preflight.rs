//! The morning check: before apply changes anything, it reads what would stop the run part
//! way, and reports all of it at once — a stack in a state only destroy can clear, another
//! tool's stack, and a resource with a fixed name that already exists: the app's own,
//! retained from a previous night (its CloudFormation tags say so), or a bucket made outside
//! any stack of the app. A retained leftover of the app's own can be taken back into its
//! stack (`--import-existing-resources`: CloudFormation imports a resource with a static
//! name and a `Retain` policy instead of creating it).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value as Json;

use super::apply::{stuck_hint, Job, STUCK_STATES};
use super::cfn::{self, StackInfo};
use super::error::{DeployError, ErrorKind};
use super::leftovers::{self, LOGICAL_ID_TAG};
use super::ownership::owned_by_forma;
use super::Ctx;

/// The tag CloudFormation puts on each resource it creates: its stack's id.
const STACK_ID_TAG: &str = "aws:cloudformation:stack-id";

/// The properties that give a resource a fixed name, by type (the common ones; the rest is
/// CloudFormation's own pre-deployment validation).
const NAME_PROPERTIES: [(&str, &str); 12] = [
    ("AWS::S3::Bucket", "BucketName"),
    ("AWS::DynamoDB::Table", "TableName"),
    ("AWS::Logs::LogGroup", "LogGroupName"),
    ("AWS::SQS::Queue", "QueueName"),
    ("AWS::SNS::Topic", "TopicName"),
    ("AWS::Kinesis::Stream", "Name"),
    ("AWS::Lambda::Function", "FunctionName"),
    ("AWS::ECR::Repository", "RepositoryName"),
    ("AWS::SSM::Parameter", "Name"),
    ("AWS::IAM::Role", "RoleName"),
    ("AWS::ECS::Cluster", "ClusterName"),
    ("AWS::Cognito::UserPool", "UserPoolName"),
];

/// What the check decided for the run.
#[derive(Debug, Default, Clone)]
pub struct Plan {
    /// The stacks whose change set takes back the app's retained resources
    /// (`ImportExistingResources`).
    pub import: BTreeSet<String>,
    /// The stacks as deployed when the check read them (those that exist).
    pub seen: BTreeMap<String, StackInfo>,
    /// What the check could not read, said as a warning: the run goes on.
    pub warnings: Vec<String>,
}

/// A resource that still carries the tags of one of the run's stacks.
struct Tagged {
    stack: String,
    logical_id: String,
    stack_id: String,
    arn: String,
}

impl Tagged {
    /// The resource, if its tags name its logical id and stack id as CloudFormation's do.
    fn from(t: leftovers::Tagged) -> Option<Tagged> {
        Some(Tagged {
            logical_id: t.tags.get(LOGICAL_ID_TAG)?.clone(),
            stack_id: t.tags.get(STACK_ID_TAG)?.clone(),
            stack: t.stack,
            arn: t.arn,
        })
    }
}

/// Reads what would stop the run before anything changes; `Err` lists every problem.
pub async fn check(ctx: &Ctx, jobs: &[Job], import_existing: bool) -> Result<Plan, DeployError> {
    let live = describe_all(ctx, jobs).await?;
    let mut problems: Vec<String> = Vec::new();
    for j in jobs {
        let name = j.manifest.name.as_str();
        match live.get(name).and_then(Option::as_ref) {
            Some(cur) if STUCK_STATES.contains(&cur.status.as_str()) => {
                problems.push(format!("{name}: the stack is in {}; {}", cur.status, stuck_hint(name)))
            }
            Some(cur) if !ctx.adopt && !owned_by_forma(cur) && cur.status != "REVIEW_IN_PROGRESS" => {
                problems.push(format!(
                    "{name}: a stack of this name exists ({}) and forma did not deploy it; --adopt takes it over",
                    cur.status
                ))
            }
            _ => {}
        }
    }
    let mut plan = Plan::default();
    let mut claimed: BTreeSet<(String, String)> = BTreeSet::new();
    // A stack apply will skip cannot collide with anything: only the others are looked at.
    let names: Vec<String> = jobs
        .iter()
        .filter(|j| !super::apply::unchanged(j, live.get(&j.manifest.name).and_then(Option::as_ref)))
        .map(|j| j.manifest.name.clone())
        .collect();
    // Without the tagging API (a role without tag:GetResources) the app's leftovers are not
    // looked for; CloudFormation's own validation still names a name already taken.
    let found = leftovers::tagged(ctx, &names).await.unwrap_or_else(|e| {
        let (what, hint) = leftovers::unchecked(&e);
        plan.warnings.push(format!("{what}\n  hint: {hint}"));
        Vec::new()
    });
    for t in found.into_iter().filter_map(Tagged::from) {
        let live_id = live.get(&t.stack).and_then(Option::as_ref).map(|c| c.id.as_str());
        let Some(job) = jobs.iter().find(|j| j.manifest.name == t.stack) else { continue };
        if live_id == Some(t.stack_id.as_str()) {
            continue;
        }
        let template = super::parse_template(&job.body).unwrap_or_default();
        let resource = &template["Resources"][&t.logical_id];
        if fixed_name(resource).is_none() {
            continue;
        }
        claimed.insert((t.stack.clone(), t.logical_id.clone()));
        let path = job.manifest.logical_ids.get(&t.logical_id).cloned().unwrap_or_else(|| t.logical_id.clone());
        let what =
            format!("{}: {path} ({}) was left by an earlier {} stack, under the same name", t.stack, t.arn, t.stack);
        let policy = resource["DeletionPolicy"].as_str().unwrap_or("Delete");
        match (import_existing, matches!(policy, "Retain" | "RetainExceptOnCreate")) {
            (true, true) => {
                plan.import.insert(t.stack.clone());
            }
            (true, false) => problems.push(format!(
                "{what}; CloudFormation takes back only a resource whose DeletionPolicy is Retain (here {policy}): delete it, or retain it in the stack code"
            )),
            (false, _) => problems.push(format!(
                "{what}; take it back with --import-existing-resources, or delete it"
            )),
        }
    }
    problems.extend(buckets_in_the_way(ctx, jobs, &live, &claimed).await);
    if problems.is_empty() {
        plan.seen = live.into_iter().filter_map(|(name, info)| Some((name, info?))).collect();
        return Ok(plan);
    }
    Err(DeployError::new(
        ErrorKind::State,
        format!("preflight: the run would stop part way; nothing was changed:\n  {}", problems.join("\n  ")),
    )
    .hint("each line says what to do; then apply again"))
}

/// Every stack of the run as deployed (`None`: not deployed), read concurrently.
async fn describe_all(ctx: &Ctx, jobs: &[Job]) -> Result<BTreeMap<String, Option<StackInfo>>, DeployError> {
    let mut set = tokio::task::JoinSet::new();
    for j in jobs {
        let (cfn, name) = (ctx.aws.cfn.clone(), j.manifest.name.clone());
        set.spawn(async move {
            let r = cfn::describe(&cfn, &name).await;
            (name, r)
        });
    }
    let mut out = BTreeMap::new();
    while let Some(joined) = set.join_next().await {
        let (name, r) = joined.map_err(|e| DeployError::new(ErrorKind::Failed, format!("preflight: {e}")))?;
        out.insert(name, r?);
    }
    Ok(out)
}

/// The static name a template resource gives itself, if its type is one whose name
/// property is known.
pub fn fixed_name(resource: &Json) -> Option<&str> {
    let kind = resource["Type"].as_str()?;
    let (_, property) = NAME_PROPERTIES.iter().find(|(t, _)| *t == kind)?;
    resource["Properties"][*property].as_str()
}

/// The buckets with a fixed name, in stacks about to be created, that exist already
/// outside the app (bucket names are global: another account's count too).
async fn buckets_in_the_way(
    ctx: &Ctx,
    jobs: &[Job],
    live: &BTreeMap<String, Option<StackInfo>>,
    claimed: &BTreeSet<(String, String)>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for j in jobs {
        let name = j.manifest.name.as_str();
        if live.get(name).and_then(Option::as_ref).is_some_and(|c| c.status != "REVIEW_IN_PROGRESS") {
            continue;
        }
        let template = super::parse_template(&j.body).unwrap_or_default();
        let Some(resources) = template["Resources"].as_object() else { continue };
        for (logical, r) in resources {
            let Some(bucket) = fixed_name(r).filter(|_| r["Type"] == "AWS::S3::Bucket") else { continue };
            if claimed.contains(&(name.to_owned(), logical.clone())) {
                continue;
            }
            let path = j.manifest.logical_ids.get(logical).map_or(logical.as_str(), String::as_str);
            let whose = match ctx.aws.s3.head_bucket().bucket(bucket).send().await {
                Ok(_) => "in this account",
                Err(e) => match e.raw_response().map(|r| r.status().as_u16()) {
                    Some(403) => "in another account (bucket names are global)",
                    _ => continue,
                },
            };
            problems.push(format!(
                "{name}: {path} names bucket {bucket}, which exists already {whose}, outside any stack of this app; rename it, or delete that bucket"
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_fixed_name_is_a_literal_name_property_of_a_known_type() {
        let bucket = json!({"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "night-archive"}});
        assert_eq!(fixed_name(&bucket), Some("night-archive"));
        let generated = json!({"Type": "AWS::S3::Bucket", "Properties": {}});
        assert_eq!(fixed_name(&generated), None);
        let computed =
            json!({"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${AWS::StackName}-x"}}});
        assert_eq!(fixed_name(&computed), None, "CloudFormation imports only static names");
        let stream = json!({"Type": "AWS::Kinesis::Stream", "Properties": {"Name": "doors"}});
        assert_eq!(fixed_name(&stream), Some("doors"));
    }
}
