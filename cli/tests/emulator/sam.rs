//! A stack in the SAM target applied, re-applied and destroyed: the deployer sends the SAM
//! template as it is (CloudFormation expands it; the emulator's launcher expands it with
//! the SAM translator, as moto cannot), and what the expansion made is there after apply
//! and gone after destroy.

#[path = "../../../snapshots/tests/support/serverless.rs"]
mod serverless;

use super::{assert_ok, Emulator};

const STACK: &str = "Serverless";

/// Logical id, type and physical id of every resource of the deployed stack.
fn resources(emu: &Emulator) -> Vec<(String, String, String)> {
    let out = emu
        .block_on(emu.cfn().list_stack_resources().stack_name(STACK).send())
        .unwrap_or_else(|e| panic!("ListStackResources: {e:?}"));
    out.stack_resource_summaries()
        .iter()
        .map(|r| {
            let text = |s: Option<&str>| s.unwrap_or_default().to_owned();
            (text(r.logical_resource_id()), text(r.resource_type()), text(r.physical_resource_id()))
        })
        .collect()
}

#[test]
fn a_sam_stack_applies_reapplies_as_a_no_op_and_destroys() {
    let emu = Emulator::start("sam");
    let app = serverless::app();

    let applied = emu.forma(&app, "apply", &["--target", "sam"]);
    assert_ok(&applied);
    assert!(applied.err.contains(&format!("✓ {STACK}: created in ")), "{}", applied.err);
    // The change set is CloudFormation's expansion: what the events make, under their paths.
    assert!(
        applied.err.contains("+ AWS::Lambda::EventSourceMapping Serverless/Worker/JobsEventSource"),
        "{}",
        applied.err
    );
    let manifest = emu.manifest();
    assert_eq!(manifest["stacks"][0]["transform"], "AWS::Serverless-2016-10-31");
    let made = resources(&emu);
    let ids: Vec<&str> = made.iter().map(|(id, _, _)| id.as_str()).collect();
    // The expansion's own names for what the functions' events make (moto lists no SNS
    // subscription: it accepts them without creating one, shared/EMULATOR.md).
    for id in [
        "Worker37DE0BC2Jobs",
        "ClickWriter8EBD0221Clicks",
        "Compactor7683AD1BHourly",
        "Notifier6A4A42F9AlertsPermission",
        "ApiHandler3353059CGetHealthPermission",
    ] {
        assert!(ids.contains(&id), "{id} is missing: {ids:?}");
    }
    let functions: Vec<String> =
        made.iter().filter(|(_, t, _)| t == "AWS::Lambda::Function").map(|(_, _, name)| name.clone()).collect();
    assert_eq!(functions.len(), 6, "{made:?}");
    let exists = |name: &str| emu.block_on(emu.lambda().get_function().function_name(name).send()).is_ok();
    assert!(functions.iter().all(|f| exists(f)), "{functions:?}");
    assert!(!made.iter().any(|(_, t, _)| t.starts_with("AWS::Serverless::")), "an unexpanded resource: {made:?}");

    // The same template again: nothing to do, decided without a change set.
    let change_sets = emu.change_set_count(STACK);
    let again = emu.forma(&app, "apply", &["--target", "sam"]);
    assert_ok(&again);
    assert!(again.err.contains(&format!("✓ {STACK}: unchanged (skipped)")), "{}", again.err);
    assert_eq!(emu.change_set_count(STACK), change_sets, "a change set for an unchanged stack");
    // The deployed original template is the SAM template: nothing differs.
    let diff = emu.forma(&app, "diff", &["--target", "sam"]);
    assert_eq!(diff.code, forma_cli::exit::SUCCESS, "{}{}", diff.out, diff.err);

    let destroyed = emu.forma(&app, "destroy", &[]);
    assert_ok(&destroyed);
    assert_eq!(emu.stack_status(STACK), None, "the stack is gone");
    assert!(!functions.iter().any(|f| exists(f)), "a function was left: {functions:?}");
}
