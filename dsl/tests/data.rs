//! dynamodb::Table and kinesis::Stream: keys, defaults, streams, grants, errors.

use forma_dsl::prelude::*;
use std::time::Duration;

use forma_dsl::dynamodb::{Attribute, Index, StreamViewType, Table, TableProps};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::App;
use serde_json::json;

use crate::support::{only, problems, synth};

#[test]
fn a_table_is_on_demand_recoverable_retained_with_its_keys_defined_once() {
    let app = App::new();
    let stack = app.stack("Data");
    Table::new(
        &stack,
        "Orders",
        TableProps::new(Attribute::string("pk"))
            .sort_key(Attribute::string("sk"))
            .index(Index::global("ByCustomer", Attribute::string("customer")).sort_key(Attribute::string("sk")))
            .stream(StreamViewType::NewAndOldImages)
            .time_to_live("expires_at"),
    );
    let a = synth(&app);
    let (_, t) = only(&a, "Data", "AWS::DynamoDB::Table");
    assert_eq!(
        t["Properties"],
        json!({
            "AttributeDefinitions": [
                { "AttributeName": "pk", "AttributeType": "S" },
                { "AttributeName": "sk", "AttributeType": "S" },
                { "AttributeName": "customer", "AttributeType": "S" },
            ],
            "BillingMode": "PAY_PER_REQUEST",
            "GlobalSecondaryIndexes": [{
                "IndexName": "ByCustomer",
                "KeySchema": [{ "AttributeName": "customer", "KeyType": "HASH" }, { "AttributeName": "sk", "KeyType": "RANGE" }],
                "Projection": { "ProjectionType": "ALL" },
            }],
            "KeySchema": [{ "AttributeName": "pk", "KeyType": "HASH" }, { "AttributeName": "sk", "KeyType": "RANGE" }],
            "PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": true },
            "StreamSpecification": { "StreamViewType": "NEW_AND_OLD_IMAGES" },
            "TimeToLiveSpecification": { "AttributeName": "expires_at", "Enabled": true },
        })
    );
    assert_eq!((&t["DeletionPolicy"], &t["UpdateReplacePolicy"]), (&json!("Retain"), &json!("Retain")));
}

#[test]
fn table_grants_cover_the_indexes_and_the_stream() {
    let app = App::new();
    let stack = app.stack("Data");
    let table = Table::new(
        &stack,
        "Orders",
        TableProps::new(Attribute::string("pk"))
            .index(Index::global("ByDay", Attribute::number("day")))
            .stream(StreamViewType::NewImage),
    );
    let role = Role::new(&stack, "Reader", RoleProps::new(ServicePrincipal::lambda()));
    table.grant_read_data(&role);
    table.grant_stream_read(&role);
    let a = synth(&app);
    let (table_id, _) = only(&a, "Data", "AWS::DynamoDB::Table");
    let arn = json!({ "Fn::GetAtt": [table_id, "Arn"] });
    let (_, p) = only(&a, "Data", "AWS::IAM::Policy");
    assert_eq!(
        p["Properties"]["PolicyDocument"]["Statement"],
        json!([
            { "Effect": "Allow", "Action": [
                "dynamodb:BatchGetItem", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:Query",
                "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable"
              ], "Resource": [arn, { "Fn::Sub": ["${Arn}/index/*", { "Arn": arn }] }] },
            { "Effect": "Allow", "Action": "dynamodb:ListStreams", "Resource": "*" },
            { "Effect": "Allow", "Action": ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
              "Resource": { "Fn::GetAtt": [table_id, "StreamArn"] } },
        ])
    );
}

#[test]
fn table_mistakes_are_errors_at_the_table() {
    let app = App::new();
    let stack = app.stack("Data");
    let orders_line = line!() + 1;
    let table = Table::new(
        &stack,
        "Orders",
        TableProps::new(Attribute::string("pk")).index(Index::global("ByPk", Attribute::number("pk"))),
    );
    let role = Role::new(&stack, "Reader", RoleProps::new(ServicePrincipal::lambda()));
    let grant_line = line!() + 1;
    table.grant_stream_read(&role);
    let flat_line = line!() + 1;
    Table::new(
        &stack,
        "Flat",
        TableProps::new(Attribute::string("id")).index(Index::local("ByDate", Attribute::string("date"))),
    );
    assert_eq!(
        problems(&app),
        [
            "error[key-attribute-type] Data/Orders: the key attribute \"pk\" is used as both String and Number",
            "error[no-stream] Data/Orders: grant_stream_read: the table has no stream",
            "error[local-index-sort-key] Data/Flat: the local index \"ByDate\" needs a table with a sort key",
        ]
    );
    // Each at the user's line, not inside the construct (dsl/src/dynamodb/table.rs).
    let here = file!();
    assert_eq!(
        crate::support::locations(&app),
        [format!("{here}:{orders_line}"), format!("{here}:{grant_line}"), format!("{here}:{flat_line}")]
    );
}

#[test]
fn a_stream_is_on_demand_and_encrypted_and_its_grants_are_the_cdks() {
    let app = App::new();
    let stack = app.stack("Data");
    let stream = Stream::new(&stack, "Changes", StreamProps::default().retention(Duration::from_secs(48 * 3600)));
    let role = Role::new(&stack, "Writer", RoleProps::new(ServicePrincipal::lambda()));
    stream.grant_write(&role);
    let a = synth(&app);
    let (stream_id, s) = only(&a, "Data", "AWS::Kinesis::Stream");
    assert_eq!(
        s["Properties"],
        json!({
            "RetentionPeriodHours": 48,
            "StreamEncryption": { "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis" },
            "StreamModeDetails": { "StreamMode": "ON_DEMAND" },
        })
    );
    assert_eq!(s["DeletionPolicy"], "Retain");
    let (_, p) = only(&a, "Data", "AWS::IAM::Policy");
    assert_eq!(
        p["Properties"]["PolicyDocument"]["Statement"][0],
        json!({ "Effect": "Allow", "Action": ["kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"],
                "Resource": { "Fn::GetAtt": [stream_id, "Arn"] } })
    );
}
