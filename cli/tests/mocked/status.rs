//! `forma status` of several stacks: one stack's error is shown in its place and the others
//! still are; the exit code says something failed.

use aws_sdk_cloudformation::config::retry::RetryConfig;
use aws_sdk_cloudformation::error::ErrorMetadata;
use aws_sdk_cloudformation::operation::describe_stacks::{DescribeStacksError, DescribeStacksOutput};
use aws_sdk_cloudformation::primitives::DateTime;
use aws_sdk_cloudformation::types::{Output, Parameter, Stack, StackStatus, Tag};
use aws_sdk_cloudformation::Client;
use aws_smithy_mocks::{mock, mock_client, Rule, RuleMode};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::ownership::FINGERPRINT_TAG;
use forma_cli::deploy::Ctx;
use forma_cli::deploy::{status_stacks, Contexts};
use forma_cli::{exit, Captured, Console};
use forma_dsl::{App, RawResource};
use forma_synth::{Format, StackManifest};

use super::fake::stack_arn;
use super::NONCE;

/// One command's context over `cfn`; its standard output and error.
pub fn context(cfn: Client) -> (Ctx, Captured, Captured) {
    let (console, out, err) = Console::capture();
    let (_cancel, rx) = tokio::sync::watch::channel(false);
    let ctx = super::ctx_over(cfn, console, rx, NONCE);
    (ctx, out, err)
}

/// A CloudFormation client answering from `rules`, without retries.
pub fn client(rules: &[&Rule]) -> Client {
    mock_client!(aws_sdk_cloudformation, RuleMode::MatchAny, rules, |c| c.retry_config(RetryConfig::disabled()))
}

/// A stack forma deployed, as DescribeStacks shows it.
pub fn deployed(name: &str, status: &str, parameters: &[(&str, &str)], outputs: &[(&str, &str)]) -> Stack {
    let mut stack = foreign(name, status, parameters, outputs);
    stack.tags = Some(vec![Tag::builder().key(FINGERPRINT_TAG).value(super::fake::OLD_FINGERPRINT).build()]);
    stack
}

/// A stack another tool deployed (no forma tag), as DescribeStacks shows it.
pub fn foreign(name: &str, status: &str, parameters: &[(&str, &str)], outputs: &[(&str, &str)]) -> Stack {
    Stack::builder()
        .stack_id(stack_arn(name, 0))
        .stack_name(name)
        .creation_time(DateTime::from_secs(1_717_243_200))
        .stack_status(StackStatus::from(status))
        .set_parameters(Some(
            parameters
                .iter()
                .map(|(k, v)| Parameter::builder().parameter_key(*k).parameter_value(*v).build())
                .collect(),
        ))
        .set_outputs(Some(
            outputs.iter().map(|(k, v)| Output::builder().output_key(*k).output_value(*v).build()).collect(),
        ))
        .build()
}

/// DescribeStacks of `name` answers `stack`.
pub fn describe(name: &'static str, stack: Stack) -> Rule {
    mock!(Client::describe_stacks)
        .match_requests(move |r| r.stack_name() == Some(name))
        .then_output(move || DescribeStacksOutput::builder().stacks(stack.clone()).build())
}

/// DescribeStacks of `name` fails with `code: message`.
fn describe_fails(name: &'static str, code: &'static str, message: &'static str) -> Rule {
    mock!(Client::describe_stacks)
        .match_requests(move |r| r.stack_name() == Some(name))
        .then_error(move || DescribeStacksError::generic(ErrorMetadata::builder().code(code).message(message).build()))
}

/// Data, Web, Ops: one queue each.
fn stacks() -> Vec<StackManifest> {
    let app = App::new();
    for name in ["Data", "Web", "Ops"] {
        app.stack(name).add("Queue", RawResource::new("AWS::SQS::Queue"));
    }
    forma_synth::synthesize(&app, Format::Json).expect("the app synthesizes").manifest().stacks
}

const DENIED: &str = "User: arn:aws:sts::123456789012:assumed-role/ReadOnly/ci is not authorized to perform: \
     cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-1:123456789012:stack/Web/* \
     because no identity-based policy allows the cloudformation:DescribeStacks action";

#[tokio::test]
async fn one_stacks_error_is_shown_in_its_row_and_the_others_are_still_listed() {
    let data = describe("Data", deployed("Data", "UPDATE_COMPLETE", &[], &[("QueueUrl", "https://sqs/data")]));
    let web = describe_fails("Web", "AccessDenied", DENIED);
    let ops = describe_fails("Ops", "ValidationError", "Stack with id Ops does not exist");
    let (ctx, out, _err) = context(client(&[&data, &web, &ops]));

    let code = status_stacks(&Contexts::single(std::sync::Arc::new(ctx)), &stacks(), false)
        .await
        .expect("a table, not an error");

    assert_eq!(code, exit::FAILURE, "a stack could not be read");
    let text = out.text();
    let lines: Vec<String> = text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    assert_eq!(
        lines,
        [
            "STACK STATUS UPDATED".to_owned(),
            "Data UPDATE_COMPLETE 2024-06-01T12:00:00Z".to_owned(),
            "Web error".to_owned(),
            format!("error: DescribeStacks: AccessDenied: {}", DENIED.split_whitespace().collect::<Vec<_>>().join(" ")),
            "hint: the credentials lack a permission; check the role or user policy for this action".to_owned(),
            "Ops not deployed".to_owned(),
            String::new(),
            "Outputs:".to_owned(),
            "Data.QueueUrl = https://sqs/data".to_owned(),
        ],
        "{text}"
    );
    assert_eq!((data.num_calls(), web.num_calls(), ops.num_calls()), (1, 1, 1));
}

#[tokio::test]
async fn every_stack_readable_exits_zero() {
    let data = describe("Data", deployed("Data", "CREATE_COMPLETE", &[], &[]));
    let others = describe_fails("Web", "ValidationError", "Stack with id Web does not exist");
    let ops = describe_fails("Ops", "ValidationError", "Stack with id Ops does not exist");
    let (ctx, out, _err) = context(client(&[&data, &others, &ops]));

    assert_eq!(status_stacks(&Contexts::single(std::sync::Arc::new(ctx)), &stacks(), false).await, Ok(exit::SUCCESS));
    assert!(!out.text().contains("error"), "{}", out.text());
}

#[tokio::test]
async fn expired_credentials_end_the_table_at_once() {
    let expired = mock!(Client::describe_stacks).then_error(|| {
        DescribeStacksError::generic(
            ErrorMetadata::builder()
                .code("ExpiredToken")
                .message("The security token included in the request is expired")
                .build(),
        )
    });
    let (ctx, out, _err) = context(client(&[&expired]));

    let e = status_stacks(&Contexts::single(std::sync::Arc::new(ctx)), &stacks(), false)
        .await
        .expect_err("the same for every stack");

    assert_eq!(e.kind, ErrorKind::Connection);
    assert_eq!(e.stack.as_deref(), Some("Data"));
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("refresh them")), "{:?}", e.hint);
    // The stacks are read at once; none is asked twice, and the table ends with one error.
    assert!(expired.num_calls() <= stacks().len(), "{} calls", expired.num_calls());
    assert_eq!(out.text(), "");
}
