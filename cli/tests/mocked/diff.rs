//! `forma diff --parameter`: the values given are compared with the deployed ones, count as a
//! difference, and go into the change set that `--changeset` makes.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use aws_sdk_cloudformation::operation::create_change_set::CreateChangeSetOutput;
use aws_sdk_cloudformation::operation::delete_change_set::DeleteChangeSetOutput;
use aws_sdk_cloudformation::operation::describe_change_set::DescribeChangeSetOutput;
use aws_sdk_cloudformation::operation::get_template::GetTemplateOutput;
use aws_sdk_cloudformation::types::{ChangeSetStatus, ExecutionStatus, Replacement};
use aws_sdk_cloudformation::Client;
use aws_smithy_mocks::{mock, Rule};
use forma_cli::deploy::assembly::Loaded;
use forma_cli::deploy::{diff_stacks, Contexts};
use forma_cli::exit;
use forma_dsl::{list, obj, App, ParameterDef, RawResource};
use forma_synth::Format;

use super::fake::{modify, REGION};
use super::status::{client, context, deployed, describe, foreign};
use super::QUEUE;

/// `Params`: a queue tagged with `Env` (no default) and `Owner` (default `platform`),
/// written to an assembly directory of its own.
fn assembly(name: &str) -> Loaded {
    let app = App::new();
    let s = app.stack("Params");
    let env = s.add_parameter("Env", ParameterDef::<String>::string());
    let owner = s.add_parameter("Owner", ParameterDef::<String>::string().default("platform"));
    s.add(
        "Queue",
        RawResource::new(QUEUE).property(
            "Tags",
            list![obj! { "Key" => "env", "Value" => env.value() }, obj! { "Key" => "owner", "Value" => owner.value() }],
        ),
    );
    let dir = std::env::temp_dir().join(format!("forma-mocked-diff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    forma_synth::synthesize(&app, Format::Json).expect("the app synthesizes").write(&dir).expect("written");
    Loaded::read(&dir).expect("readable")
}

/// A parameter as CreateChangeSet got it: key, value, UsePreviousValue.
type Sent = (String, Option<String>, Option<bool>);

fn given(pairs: &[(&str, &str)]) -> BTreeMap<String, BTreeMap<String, String>> {
    let values = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    [("Params".to_owned(), values)].into()
}

/// The deployed stack: the same template, `Env=prod`, `Owner=platform`.
fn deployed_rules(loaded: &Loaded) -> (Rule, Rule) {
    let body = std::fs::read_to_string(loaded.dir.join(&loaded.manifest.stacks[0].template)).expect("the template");
    let stack =
        describe("Params", deployed("Params", "UPDATE_COMPLETE", &[("Env", "prod"), ("Owner", "platform")], &[]));
    let template = mock!(Client::get_template)
        .then_output(move || GetTemplateOutput::builder().template_body(body.clone()).build());
    (stack, template)
}

#[tokio::test]
async fn the_deployed_values_given_again_are_no_difference() {
    let loaded = assembly("same");
    let (stack, template) = deployed_rules(&loaded);
    let (ctx, out, _) = context(client(&[&stack, &template]));

    let code = diff_stacks(
        &Contexts::single(std::sync::Arc::new(ctx)),
        &loaded,
        &loaded.manifest.stacks,
        &given(&[("Env", "prod")]),
        false,
    )
    .await;

    assert_eq!(code, Ok(exit::SUCCESS), "{}", out.text());
    assert_eq!(out.text(), "Stack Params (no differences)\n");
    std::fs::remove_dir_all(&loaded.dir).unwrap();
}

#[tokio::test]
async fn a_different_value_is_a_difference_and_reaches_the_change_set() {
    let loaded = assembly("changed");
    let queue = loaded.manifest.stacks[0].logical_ids.get_index(0).map(|(id, _)| id.clone()).expect("the queue");
    let (stack, template) = deployed_rules(&loaded);
    let sent: Arc<Mutex<Vec<Sent>>> = Default::default();
    let record = sent.clone();
    let create = mock!(Client::create_change_set).then_compute_output(move |req| {
        let mut sent = record.lock().unwrap();
        for p in req.parameters() {
            sent.push((
                p.parameter_key().unwrap_or_default().to_owned(),
                p.parameter_value().map(str::to_owned),
                p.use_previous_value(),
            ));
        }
        CreateChangeSetOutput::builder()
            .id(format!("arn:aws:cloudformation:{REGION}:123456789012:changeSet/forma-diff-0badc0de/1"))
            .build()
    });
    let change = modify(&queue, QUEUE, Replacement::True);
    let describe_cs = mock!(Client::describe_change_set).then_output(move || {
        DescribeChangeSetOutput::builder()
            .status(ChangeSetStatus::CreateComplete)
            .execution_status(ExecutionStatus::Available)
            .changes(change.clone())
            .build()
    });
    let delete_cs = mock!(Client::delete_change_set).then_output(|| DeleteChangeSetOutput::builder().build());
    let (ctx, out, _) = context(client(&[&stack, &template, &create, &describe_cs, &delete_cs]));

    let code = diff_stacks(
        &Contexts::single(std::sync::Arc::new(ctx)),
        &loaded,
        &loaded.manifest.stacks,
        &given(&[("Env", "staging")]),
        true,
    )
    .await;

    assert_eq!(code, Ok(exit::DIFF_FOUND), "{}", out.text());
    assert_eq!(
        out.text(),
        format!(
            "Stack Params\n  Parameter values\n    ~ Env: \"prod\" -> \"staging\"\n  Resources changed through parameter values\n    ~ AWS::SQS::Queue Params/Queue ({queue})  (REPLACEMENT)\n"
        )
    );
    // The value given, not the previous one; Owner keeps its default, as apply sends it.
    assert_eq!(*sent.lock().unwrap(), [("Env".to_owned(), Some("staging".to_owned()), None)]);
    assert_eq!(delete_cs.num_calls(), 1, "the diff's change set is not left behind");
    std::fs::remove_dir_all(&loaded.dir).unwrap();
}

#[tokio::test]
async fn a_default_that_would_replace_the_deployed_value_is_a_difference() {
    let loaded = assembly("default");
    let body = std::fs::read_to_string(loaded.dir.join(&loaded.manifest.stacks[0].template)).expect("the template");
    let stack = describe("Params", deployed("Params", "UPDATE_COMPLETE", &[("Env", "prod"), ("Owner", "data")], &[]));
    let template = mock!(Client::get_template)
        .then_output(move || GetTemplateOutput::builder().template_body(body.clone()).build());
    let (ctx, out, _) = context(client(&[&stack, &template]));

    let code = diff_stacks(
        &Contexts::single(std::sync::Arc::new(ctx)),
        &loaded,
        &loaded.manifest.stacks,
        &BTreeMap::new(),
        false,
    )
    .await;

    assert_eq!(code, Ok(exit::DIFF_FOUND), "{}", out.text());
    assert_eq!(
        out.text(),
        "Stack Params\n  Parameter values\n    ~ Owner: \"data\" -> \"platform\"  (the template's default)\n"
    );
    std::fs::remove_dir_all(&loaded.dir).unwrap();
}

#[test]
fn diff_takes_parameters_like_apply_and_checks_them_before_connecting() {
    let loaded = assembly("cli");
    let r = crate::support::forma(
        &App::new(),
        &["diff", "--assembly", loaded.dir.to_str().unwrap(), "--parameter", "Params:Nope=1"],
    );
    assert_eq!(r.code, exit::DIFF_ERROR, "{}", r.err);
    assert!(r.err.contains("Nope") && !r.err.contains("unexpected argument"), "{}", r.err);
    std::fs::remove_dir_all(&loaded.dir).unwrap();
}

#[tokio::test]
async fn no_change_set_is_made_for_a_stack_forma_did_not_deploy() {
    let loaded = assembly("foreign");
    let body = std::fs::read_to_string(loaded.dir.join(&loaded.manifest.stacks[0].template)).expect("the template");
    let stack =
        describe("Params", foreign("Params", "UPDATE_COMPLETE", &[("Env", "prod"), ("Owner", "platform")], &[]));
    let template = mock!(Client::get_template)
        .then_output(move || GetTemplateOutput::builder().template_body(body.clone()).build());
    let create = mock!(Client::create_change_set).then_output(|| CreateChangeSetOutput::builder().build());
    let (ctx, out, _) = context(client(&[&stack, &template, &create]));

    let all = Contexts::single(std::sync::Arc::new(ctx));
    let code = diff_stacks(&all, &loaded, &loaded.manifest.stacks, &given(&[("Env", "staging")]), true).await;

    assert_eq!(code, Ok(exit::DIFF_FOUND), "{}", out.text());
    assert_eq!(
        out.text(),
        "Stack Params\n  (no change set: forma did not deploy this stack, so replacements were not checked)\n  Parameter values\n    ~ Env: \"prod\" -> \"staging\"\n"
    );
    assert_eq!(create.num_calls(), 0, "the ownership rule holds for change sets that are never executed");
}
