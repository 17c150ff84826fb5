//! Every grant of every construct: only exact resources, `*` only for actions IAM has no
//! resource-level permission for.

use forma_dsl::dynamodb::{Attribute, Index, StreamViewType, Table, TableProps};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::{Stream, StreamEncryption, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::logs::{LogGroup, LogGroupProps};
use forma_dsl::prelude::*;
use forma_dsl::s3::{Bucket, BucketEncryption, BucketProps};
use forma_dsl::sns::{Topic, TopicEncryption, TopicProps};
use forma_dsl::sqs::{Queue, QueueEncryption, QueueProps};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::App;
use serde_json::Value as Json;

use crate::support::{resources, synth};

/// Actions without a resource-level permission in the service authorization reference: the
/// only ones a grant may give on `*`.
const NO_RESOURCE_LEVEL: &[&str] = &["dynamodb:ListStreams", "ecr:GetAuthorizationToken"];

#[test]
fn no_grant_gives_a_wildcard_resource_where_a_resource_level_permission_exists() {
    let app = App::new();
    let stack = app.stack("All");
    let key = Key::new(&stack, "Key", KeyProps::default());
    let role = Role::new(&stack, "Grantee", RoleProps::new(ServicePrincipal::lambda()));
    let bucket = Bucket::new(&stack, "Bucket", BucketProps::default().encryption(BucketEncryption::Kms(key.clone())));
    let table = Table::new(
        &stack,
        "Table",
        TableProps::new(Attribute::string("pk"))
            .index(Index::global("ByG", Attribute::string("g")))
            .stream(StreamViewType::NewImage)
            .encryption(forma_dsl::dynamodb::TableEncryption::Kms(key.clone())),
    );
    let stream = Stream::new(&stack, "Stream", StreamProps::default().encryption(StreamEncryption::Kms(key.clone())));
    let queue = Queue::new(&stack, "Queue", QueueProps::default().encryption(QueueEncryption::Kms(key.clone())));
    let topic = Topic::new(&stack, "Topic", TopicProps::default().encryption(TopicEncryption::Kms(key.clone())));
    let parameter = StringParameter::new(&stack, "Parameter", StringParameterProps::new("v").parameter_name("/app/v"));
    let logs = LogGroup::new(&stack, "Logs", LogGroupProps::default());
    let repo = forma_dsl::ecr::Repository::new(&stack, "Repo", forma_dsl::ecr::RepositoryProps::default());
    let grants = [
        bucket.grant_read(&role),
        bucket.grant_write(&role),
        bucket.grant_read_write(&role),
        bucket.grant_put(&role),
        bucket.grant_delete(&role),
        table.grant_read_data(&role),
        table.grant_write_data(&role),
        table.grant_read_write_data(&role),
        table.grant_stream_read(&role),
        stream.grant_read(&role),
        stream.grant_write(&role),
        stream.grant_read_write(&role),
        queue.grant_send(&role),
        queue.grant_consume(&role),
        queue.grant_purge(&role),
        topic.grant_publish(&role),
        parameter.grant_read(&role),
        parameter.grant_write(&role),
        key.grant_encrypt_decrypt(&role),
        logs.grant_write(&role),
        repo.grant_pull(&role),
        repo.grant_push(&role),
    ];
    assert!(grants.iter().all(|g| format!("{:?}", g.role()) == "Some(RoleRef(All/Grantee))"));
    let a = synth(&app);
    let mut statements = 0;
    for (id, r) in resources(&a, "All").iter().filter(|(_, r)| r["Type"] == "AWS::IAM::Policy") {
        for s in r["Properties"]["PolicyDocument"]["Statement"].as_array().expect("statements") {
            statements += 1;
            let resources: Vec<&Json> = match &s["Resource"] {
                Json::Array(items) => items.iter().collect(),
                one => vec![one],
            };
            let actions: Vec<&str> = match &s["Action"] {
                Json::Array(items) => items.iter().filter_map(Json::as_str).collect(),
                one => one.as_str().into_iter().collect(),
            };
            for resource in resources {
                // Exact resources are references (`Fn::GetAtt`, `Fn::Sub` of one); a literal
                // with a `*` spans resources the grant does not name.
                let wildcard = resource.as_str().is_some_and(|r| r.contains('*'));
                if wildcard {
                    assert!(
                        actions.iter().all(|a| NO_RESOURCE_LEVEL.contains(a)),
                        "{id}: {actions:?} on {resource}, though they have resource-level permissions"
                    );
                }
            }
        }
    }
    assert!(statements >= 8, "the grants made {statements} statements");
}
