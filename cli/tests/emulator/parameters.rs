//! `--parameter Stack:Name=Value`: values reach the stack, a missing one is refused before
//! anything is deployed, and a later apply without it keeps the previous value.

use std::collections::HashMap;

use forma_cli::exit;
use forma_dsl::{list, obj, App, ParameterDef, RawResource};

use super::{assert_ok, Emulator};

const QUEUE: &str = "forma-e2e-params";

fn app() -> App {
    let app = App::new();
    let s = app.stack("Params");
    let env = s.add_parameter("Env", ParameterDef::<String>::string().description("Deployment environment"));
    let owner = s.add_parameter("Owner", ParameterDef::<String>::string().default("platform"));
    s.add(
        "Queue",
        RawResource::new("AWS::SQS::Queue")
            .property("QueueName", QUEUE)
            .property(
                "Tags",
                list![
                    obj! { "Key" => "env", "Value" => env.value() },
                    obj! { "Key" => "owner", "Value" => owner.value() },
                ],
            ),
    );
    app
}

fn parameters(emu: &Emulator) -> HashMap<String, String> {
    let out = emu.block_on(emu.cfn().describe_stacks().stack_name("Params").send()).expect("the stack exists");
    let stack = out.stacks().first().expect("one stack");
    stack
        .parameters()
        .iter()
        .map(|p| (p.parameter_key().unwrap_or("").to_owned(), p.parameter_value().unwrap_or("").to_owned()))
        .collect()
}

#[test]
fn parameters_reach_the_stack_and_a_missing_one_fails_with_a_hint() {
    let emu = Emulator::start("parameters");
    let app = app();

    let missing = emu.forma(&app, "apply", &[]);
    assert_eq!(missing.code, exit::FAILURE, "{}", missing.err);
    assert!(missing.err.contains("Params: no value for parameter(s) Env"), "{}", missing.err);
    assert!(missing.err.contains("hint: pass --parameter Params:Env=VALUE"), "{}", missing.err);
    assert_eq!(emu.stack_status("Params"), None, "nothing was deployed");

    let unknown = emu.forma(&app, "apply", &["--parameter", "Params:Stage=prod"]);
    assert_eq!(unknown.code, exit::FAILURE, "{}", unknown.err);
    assert!(unknown.err.contains("stack Params has no parameter Stage"), "{}", unknown.err);
    assert!(unknown.err.contains("hint: its parameters: Env, Owner"), "{}", unknown.err);

    assert_ok(&emu.forma(&app, "apply", &["--parameter", "Params:Env=prod"]));
    assert_eq!(parameters(&emu).get("Env").map(String::as_str), Some("prod"));
    let tags = emu.queue_tags(QUEUE);
    assert_eq!(tags.get("env").map(String::as_str), Some("prod"), "the value reached the queue");
    assert_eq!(tags.get("owner").map(String::as_str), Some("platform"), "the default applies");

    // Without --parameter, an existing stack keeps its value: nothing to do.
    let kept = emu.forma(&app, "apply", &[]);
    assert_ok(&kept);
    assert!(kept.err.contains("✓ Params: unchanged (skipped)"), "{}", kept.err);
    assert_eq!(parameters(&emu).get("Env").map(String::as_str), Some("prod"));

    let changed = emu.forma(&app, "apply", &["-p", "Params:Env=staging", "-p", "Params:Owner=data"]);
    assert_ok(&changed);
    assert!(changed.err.contains("✓ Params: updated in "), "{}", changed.err);
    let p = parameters(&emu);
    assert_eq!((p.get("Env").map(String::as_str), p.get("Owner").map(String::as_str)), (Some("staging"), Some("data")));
}

#[test]
fn missing_credentials_are_named_with_what_to_do() {
    let emu = Emulator::start("no-credentials");
    let saved = std::env::var("AWS_ACCESS_KEY_ID").ok();
    std::env::remove_var("AWS_ACCESS_KEY_ID");
    let run = emu.forma(&app(), "status", &[]);
    if let Some(v) = saved {
        std::env::set_var("AWS_ACCESS_KEY_ID", v);
    }
    assert_eq!(run.code, exit::FAILURE, "{}", run.err);
    assert!(run.err.contains("no usable AWS credentials"), "{}", run.err);
    assert!(run.err.contains("hint: set AWS_PROFILE (or --profile), run aws sso login"), "{}", run.err);
}
