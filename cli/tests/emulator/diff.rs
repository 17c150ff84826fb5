//! `forma diff --parameter` against a deployed stack: values given are compared with the
//! deployed ones, and `--changeset` sends them without executing anything.

use forma_cli::exit;
use forma_dsl::{list, obj, App, ParameterDef, RawResource};

use super::{assert_ok, Emulator};

const QUEUE: &str = "forma-e2e-diff-params";

fn app() -> App {
    let app = App::new();
    let s = app.stack("DiffParams");
    let env = s.add_parameter("Env", ParameterDef::<String>::string());
    s.add(
        "Queue",
        RawResource::new("AWS::SQS::Queue")
            .property("QueueName", QUEUE)
            .property("Tags", list![obj! { "Key" => "env", "Value" => env.value() }]),
    );
    app
}

#[test]
fn diff_compares_parameter_values_with_the_deployed_ones() {
    let emu = Emulator::start("diff-parameters");
    let app = app();
    assert_ok(&emu.forma(&app, "apply", &["-p", "DiffParams:Env=prod"]));

    let same = emu.forma(&app, "diff", &["-p", "DiffParams:Env=prod"]);
    assert_eq!(same.code, exit::SUCCESS, "{}{}", same.out, same.err);
    assert!(same.out.contains("Stack DiffParams (no differences)"), "{}", same.out);

    // Not given: apply keeps the previous value, so nothing differs.
    let kept = emu.forma(&app, "diff", &[]);
    assert_eq!(kept.code, exit::SUCCESS, "{}{}", kept.out, kept.err);

    let changed = emu.forma(&app, "diff", &["-p", "DiffParams:Env=staging"]);
    assert_eq!(changed.code, exit::DIFF_FOUND, "{}{}", changed.out, changed.err);
    assert!(changed.out.contains("  Parameter values\n    ~ Env: \"prod\" -> \"staging\""), "{}", changed.out);
    assert!(!changed.out.contains("Resources"), "the template is the same: {}", changed.out);

    let sets = emu.change_set_count("DiffParams");
    let with_cs = emu.forma(&app, "diff", &["--changeset", "-p", "DiffParams:Env=staging"]);
    assert_eq!(with_cs.code, exit::DIFF_FOUND, "{}{}", with_cs.out, with_cs.err);
    assert!(with_cs.out.contains("~ Env: \"prod\" -> \"staging\""), "{}", with_cs.out);
    assert_eq!(emu.change_set_count("DiffParams"), sets, "the diff's change set is deleted");
    assert_eq!(emu.queue_tags(QUEUE).get("env").map(String::as_str), Some("prod"), "nothing was executed");
}
