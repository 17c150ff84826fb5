//! What a destroy left behind, read from the services rather than taken from
//! CloudFormation's word: every resource that still carries a destroyed stack's tag
//! (CloudFormation tags what it creates with `aws:cloudformation:stack-name`, and a
//! resource keeps its tags when the stack lets go of it), through the Resource Groups
//! Tagging API, with what keeping it costs.

use std::collections::BTreeMap;

use super::destroy::Retained;
use super::error::DeployError;
use super::Ctx;

/// The tag CloudFormation puts on each resource it creates: its stack's name.
pub const STACK_NAME_TAG: &str = "aws:cloudformation:stack-name";
/// The tag CloudFormation puts on each resource it creates: its logical id.
pub const LOGICAL_ID_TAG: &str = "aws:cloudformation:logical-id";

/// `GetResources` takes at most 20 values per tag filter.
const NAMES_PER_CALL: usize = 20;

/// A resource that outlived its stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub stack: String,
    pub arn: String,
    /// Its logical id in the stack, from its tag.
    pub logical_id: Option<String>,
    /// Why it is still there, when destroy knows: the policy that retained it, or the
    /// failure that left it.
    pub why: Option<String>,
}

impl Leftover {
    /// Kept on purpose (a deletion policy), rather than left by a failure or made outside
    /// CloudFormation.
    pub fn retained_by_policy(&self) -> bool {
        self.why.as_deref().is_some_and(|w| w.starts_with("DeletionPolicy"))
    }
}

/// A resource CloudFormation made for one of the stacks asked about: its ARN and tags.
pub struct Tagged {
    pub arn: String,
    pub stack: String,
    pub tags: BTreeMap<String, String>,
}

/// Every resource that carries the `aws:cloudformation:stack-name` tag of one of `stacks`
/// (the Resource Groups Tagging API, at most 20 names a call), the stacks themselves left
/// out.
pub async fn tagged(ctx: &Ctx, stacks: &[String]) -> Result<Vec<Tagged>, DeployError> {
    let mut out = Vec::new();
    for names in stacks.chunks(NAMES_PER_CALL) {
        let filter = aws_sdk_resourcegroupstagging::types::TagFilter::builder()
            .key(STACK_NAME_TAG)
            .set_values(Some(names.to_vec()))
            .build();
        let mut token: Option<String> = None;
        loop {
            let page = ctx
                .aws
                .tagging
                .get_resources()
                .tag_filters(filter.clone())
                .set_pagination_token(token.take())
                .send()
                .await
                .map_err(|e| ctx.aws.network.explain(DeployError::aws("GetResources", &e)))?;
            for mapping in page.resource_tag_mapping_list() {
                let tags: BTreeMap<String, String> =
                    mapping.tags().iter().map(|t| (t.key().to_owned(), t.value().to_owned())).collect();
                let (Some(arn), Some(stack)) = (mapping.resource_arn(), tags.get(STACK_NAME_TAG).cloned()) else {
                    continue;
                };
                // The stack itself, where the service still lists it, is not one of its resources.
                if !arn.contains(":cloudformation:") {
                    out.push(Tagged { arn: arn.to_owned(), stack, tags });
                }
            }
            token = page.pagination_token().filter(|t| !t.is_empty()).map(str::to_owned);
            if token.is_none() {
                break;
            }
        }
    }
    Ok(out)
}

/// The resources that still carry the tag of one of `stacks`, matched with what destroy
/// said it retained or left (`retained`, by stack).
pub async fn find(ctx: &Ctx, stacks: &[String], retained: &[(String, Retained)]) -> Result<Vec<Leftover>, DeployError> {
    let mut out: Vec<Leftover> = tagged(ctx, stacks)
        .await?
        .into_iter()
        .map(|t| Leftover {
            why: retained
                .iter()
                .find(|(s, r)| *s == t.stack && same_resource(&t.arn, &r.physical_id))
                .map(|(_, r)| r.why.clone()),
            logical_id: t.tags.get(LOGICAL_ID_TAG).cloned(),
            stack: t.stack,
            arn: t.arn,
        })
        .collect();
    out.sort_by(|a, b| (&a.stack, &a.arn).cmp(&(&b.stack, &b.arn)));
    Ok(out)
}

/// Whether an ARN names the resource CloudFormation knows by `physical_id` (a name, an id,
/// a queue URL or an ARN).
pub fn same_resource(arn: &str, physical_id: &str) -> bool {
    let last = |s: &str| s.trim_end_matches('/').rsplit(['/', ':']).next().unwrap_or("").to_owned();
    !physical_id.is_empty() && (arn == physical_id || last(arn) == last(physical_id))
}

/// What keeping a resource costs, in one line, by the service and type its ARN names.
pub fn cost_hint(arn: &str) -> &'static str {
    let mut parts = arn.splitn(6, ':');
    let service = parts.nth(2).unwrap_or("");
    let resource = parts.nth(2).unwrap_or("");
    let kind = resource.split(['/', ':']).next().unwrap_or("");
    match (service, kind) {
        ("s3", _) => "its objects are billed per GB-month",
        ("dynamodb", _) => "storage per GB-month, and its capacity by the hour if provisioned",
        ("logs", _) => "stored log data per GB-month",
        ("kinesis", _) => "billed per shard-hour (on demand: per stream-hour) while it exists",
        ("ecr", _) => "image storage per GB-month",
        ("kms", _) => "$1 a month until deleted (deletion waits 7 to 30 days)",
        ("ec2", "natgateway") => "billed per hour, and per GB it processes",
        ("ec2", "elastic-ip") => "a public IPv4 address, billed per hour",
        ("ec2", "volume" | "snapshot") => "storage per GB-month",
        ("ec2", _) => "no charge by itself",
        ("elasticloadbalancing", "loadbalancer") => "billed per hour, and per capacity unit",
        ("rds", _) => "billed per hour, and storage per GB-month",
        ("secretsmanager", _) => "$0.40 a month per secret",
        ("cloudwatch", "alarm") => "$0.10 a month per alarm metric",
        ("cognito-idp", _) => "billed per monthly active user",
        ("ssm", _) => "no charge for a standard parameter; an advanced one is $0.05 a month",
        ("sqs" | "sns" | "lambda" | "apigateway" | "events" | "ecs" | "iam" | "states", _) => "no charge while idle",
        _ => "see the service's pricing",
    }
}

/// Whether the ARN is of a kind its service keeps listing for a while after deleting it, at
/// no charge: ECS keeps a deleted cluster or service as INACTIVE and a deregistered task
/// definition revision for good; EC2 shows a deleted NAT gateway for about an hour. Without
/// a reason from destroy (a policy, a failure), such a record is taken as deleted.
pub fn deleted_record(arn: &str) -> bool {
    let mut parts = arn.splitn(6, ':');
    let service = parts.nth(2).unwrap_or("");
    let kind = parts.nth(2).unwrap_or("").split('/').next().unwrap_or("");
    matches!((service, kind), ("ecs", "cluster" | "service" | "task-definition") | ("ec2", "natgateway"))
}

/// The warning when the leftovers could not be read (no permission for the tagging API,
/// an endpoint without it), with what to do.
pub fn unchecked(e: &DeployError) -> (String, &'static str) {
    (
        format!("could not look for what the stacks left behind: {}", e.message),
        "the check reads the Resource Groups Tagging API (tag:GetResources); allow it to the credentials",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resource_is_recognised_by_any_form_of_its_physical_id() {
        assert!(same_resource("arn:aws:s3:::files-1a2b", "files-1a2b"));
        assert!(same_resource(
            "arn:aws:sqs:us-east-1:123456789012:jobs",
            "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
        ));
        assert!(same_resource("arn:aws:logs:us-east-1:123456789012:log-group:/app/api", "/app/api"));
        assert!(!same_resource("arn:aws:s3:::files-1a2b", "files-3c4d"));
        assert!(!same_resource("arn:aws:s3:::files-1a2b", ""));
    }

    #[test]
    fn cost_hints_follow_the_service_and_type() {
        assert_eq!(cost_hint("arn:aws:s3:::files"), "its objects are billed per GB-month");
        assert_eq!(
            cost_hint("arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a"),
            "billed per hour, and per GB it processes"
        );
        assert_eq!(cost_hint("arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0a"), "no charge by itself");
        assert_eq!(cost_hint("arn:aws:logs:us-east-1:123456789012:log-group:/app"), "stored log data per GB-month");
        assert_eq!(cost_hint("arn:aws:quantum:us-east-1:123456789012:thing/x"), "see the service's pricing");
    }

    #[test]
    fn ecs_and_nat_gateway_records_are_the_kinds_listed_after_deletion() {
        assert!(deleted_record("arn:aws:ecs:us-east-1:123456789012:task-definition/Web-TaskDef:1"));
        assert!(deleted_record("arn:aws:ecs:us-east-1:123456789012:service/Cluster/Web"));
        assert!(deleted_record("arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a1b"));
        assert!(!deleted_record("arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0a1b"));
        assert!(!deleted_record("arn:aws:s3:::ecs"));
    }
}
