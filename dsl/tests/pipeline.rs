//! The event pipeline ([`crate::pipeline_app`]): few lines of user code, and a template
//! cfn-lint accepts.

use crate::support::{resources, synth};

#[test]
fn the_pipeline_is_under_sixty_lines_of_user_code() {
    let source = include_str!("pipeline_app.rs");
    let body = source.split("// BEGIN USER CODE").nth(1).and_then(|s| s.split("// END USER CODE").next()).unwrap_or("");
    let lines = body.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(lines < 60, "the pipeline takes {lines} lines");
}

#[test]
fn the_pipeline_synthesizes_every_part_and_cfn_lint_accepts_it() {
    let app = forma_dsl::App::new();
    crate::pipeline_app::pipeline(&app);
    let a = synth(&app);
    let types: std::collections::BTreeSet<&str> =
        resources(&a, "Pipeline").values().filter_map(|r| r["Type"].as_str()).collect();
    for t in [
        "AWS::S3::Bucket",
        "AWS::SNS::Topic",
        "AWS::SNS::TopicPolicy",
        "AWS::SNS::Subscription",
        "AWS::SQS::Queue",
        "AWS::SQS::QueuePolicy",
        "AWS::Lambda::Function",
        "AWS::Lambda::EventSourceMapping",
        "AWS::Lambda::Permission",
        "AWS::DynamoDB::Table",
        "AWS::Kinesis::Stream",
        "AWS::ApiGateway::RestApi",
        "AWS::ApiGateway::Method",
        "AWS::ApiGateway::Deployment",
        "AWS::ApiGateway::Stage",
        "AWS::Events::Rule",
        "AWS::CloudWatch::Alarm",
        "AWS::KMS::Key",
        "AWS::IAM::Role",
        "AWS::IAM::Policy",
        "AWS::Logs::LogGroup",
    ] {
        assert!(types.contains(t), "no {t} in {types:?}");
    }
    let methods = resources(&a, "Pipeline").values().filter(|r| r["Type"] == "AWS::ApiGateway::Method").count();
    assert_eq!(methods, 5, "five CRUD routes");

    crate::support::cfn_lint(&a, "pipeline", "error");
}
