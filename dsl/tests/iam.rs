//! iam: statements, documents, roles and their default policy, grants.

use forma_dsl::iam::{Grantable, PolicyDocument, PolicyStatement, Role, RoleProps, ServicePrincipal};
use forma_dsl::prelude::*;
use forma_dsl::App;
use serde_json::json;

use crate::support::{only, problems, resources, synth};

#[test]
fn a_statement_renders_in_aws_order_with_one_or_many_values() {
    // A bucket policy names its principals (S3 refuses a statement without).
    let one = PolicyStatement::allow()
        .principal(forma_dsl::iam::Principal::Anyone)
        .action("s3:GetObject")
        .resource("arn:aws:s3:::b/*");
    let doc = PolicyDocument::new().statement(one).statement(
        PolicyStatement::deny()
            .sid("NoTls")
            .principal(forma_dsl::iam::Principal::Anyone)
            .actions(["s3:*", "s3:*"])
            .resources(["arn:aws:s3:::b", "arn:aws:s3:::b/*"])
            .condition("Bool", "aws:SecureTransport", "false"),
    );
    let app = App::new();
    let stack = app.stack("S");
    stack.add("B", forma_dsl::cfn::s3::BucketPolicy::new("b", doc));
    let a = synth(&app);
    let (_, policy) = only(&a, "S", "AWS::S3::BucketPolicy");
    assert_eq!(
        policy["Properties"]["PolicyDocument"],
        json!({
            "Version": "2012-10-17",
            "Statement": [
                { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" },
                { "Sid": "NoTls", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                  "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                  "Condition": { "Bool": { "aws:SecureTransport": "false" } } },
            ],
        })
    );
}

#[test]
fn statements_on_the_same_resources_or_actions_merge_in_first_seen_order() {
    let mut doc = PolicyDocument::new();
    doc.add_statement(PolicyStatement::allow().actions(["sqs:SendMessage", "sqs:GetQueueUrl"]).resource("q1"));
    doc.add_statement(PolicyStatement::allow().actions(["sqs:GetQueueUrl", "sqs:GetQueueAttributes"]).resource("q1"));
    doc.add_statement(
        PolicyStatement::allow()
            .actions(["sqs:SendMessage", "sqs:GetQueueUrl", "sqs:GetQueueAttributes"])
            .resource("q2"),
    );
    doc.add_statement(PolicyStatement::deny().action("sqs:DeleteQueue").resource("q1"));
    let got: Vec<(Vec<&str>, usize)> = doc
        .statements()
        .iter()
        .map(|s| (s.action_names().iter().map(String::as_str).collect(), s.resource_values().len()))
        .collect();
    assert_eq!(
        got,
        [(vec!["sqs:SendMessage", "sqs:GetQueueUrl", "sqs:GetQueueAttributes"], 2), (vec!["sqs:DeleteQueue"], 1),]
    );
}

#[test]
fn a_role_trusts_its_principal_and_gets_one_default_policy_on_first_use() {
    let app = App::new();
    let stack = app.stack("Ops");
    let role = Role::new(
        &stack,
        "Worker",
        RoleProps::new(ServicePrincipal::lambda()).aws_managed_policy("service-role/AWSLambdaBasicExecutionRole"),
    );
    assert_eq!(role.resource().path(), "Ops/Worker/Resource", "the main L1 is the child `Resource`");
    assert!(role.default_policy().is_none(), "no policy before a statement");
    let before = synth(&app);
    assert_eq!(resources(&before, "Ops").len(), 1, "a role without statements has no policy");

    let queue = stack.add("Jobs", forma_dsl::cfn::sqs::Queue::new());
    role.add_to_policy(PolicyStatement::allow().action("sqs:SendMessage").resource(queue.arn()));
    role.add_to_policy(PolicyStatement::allow().action("sqs:GetQueueUrl").resource(queue.arn()));
    let a = synth(&app);
    let (role_id, r) = only(&a, "Ops", "AWS::IAM::Role");
    assert_eq!(role_id.get(..6), Some("Worker"), "`Resource` is hidden from the logical id: {role_id}");
    assert_eq!(
        r["Properties"]["AssumeRolePolicyDocument"],
        json!({ "Version": "2012-10-17", "Statement": [
            { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }
        ] })
    );
    assert_eq!(
        r["Properties"]["ManagedPolicyArns"],
        json!([{ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" }])
    );
    let (_, p) = only(&a, "Ops", "AWS::IAM::Policy");
    assert_eq!(p["Properties"]["Roles"], json!([{ "Ref": role_id }]));
    assert_eq!(p["Properties"]["PolicyName"], "WorkerDefaultPolicy");
    let queue_id = resources(&a, "Ops").iter().find(|(_, r)| r["Type"] == "AWS::SQS::Queue").map(|(k, _)| k.clone());
    assert_eq!(
        p["Properties"]["PolicyDocument"]["Statement"],
        json!([{ "Effect": "Allow", "Action": ["sqs:SendMessage", "sqs:GetQueueUrl"],
                 "Resource": { "Fn::GetAtt": [queue_id.unwrap(), "Arn"] } }]),
        "both statements, merged, in the order added"
    );
}

#[test]
fn dependents_wait_for_the_default_policy_whenever_it_appears() {
    let app = App::new();
    let stack = app.stack("Ops");
    let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    let early = stack.add("Early", forma_dsl::cfn::sqs::Queue::new());
    role.add_dependent(&early);
    let policy = role.add_to_policy(PolicyStatement::allow().action("sqs:ListQueues").resource("*"));
    let late = stack.add("Late", forma_dsl::cfn::sqs::Queue::new());
    role.add_dependent(&late);
    let a = synth(&app);
    let policy_id = resources(&a, "Ops")
        .iter()
        .find(|(_, r)| r["Type"] == "AWS::IAM::Policy")
        .map(|(k, _)| k.clone())
        .expect("a policy");
    for id in ["Early", "Late"] {
        assert_eq!(resources(&a, "Ops")[id]["DependsOn"], json!([policy_id]), "{id}");
    }
    assert_eq!(policy.path(), "Ops/Worker/DefaultPolicy");
    let forma_dsl::iam::GrantPrincipal::Role(granted) = role.grant_principal() else {
        panic!("a role is granted to as a role")
    };
    assert_eq!(format!("{granted:?}"), format!("RoleRef({})", role.path()), "a role grants to itself");
}

#[test]
fn a_session_longer_than_iam_allows_is_an_error_at_the_role() {
    let app = App::new();
    let stack = app.stack("Ops");
    let _ = Role::new(&stack, "Admin", RoleProps::new(ServicePrincipal::lambda()).max_session_duration(86_400));
    assert_eq!(
        problems(&app),
        ["error[invalid-role] Ops/Admin: max_session_duration is 86400 s; IAM allows 3,600 to 43,200 (1 to 12 hours)",]
    );
}
