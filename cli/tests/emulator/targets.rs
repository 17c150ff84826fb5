//! Where stacks go: a stack pinned to a region is deployed in that region (an app can span
//! several), and a stack pinned to an account only with that account's credentials.

use forma_cli::exit;
use forma_dsl::{App, RawResource};

use super::{assert_ok, Emulator, REGION};

const OTHER_REGION: &str = "eu-west-1";
/// moto's account for any credentials.
const ACCOUNT: &str = "123456789012";

impl Emulator {
    /// The status of a stack in another region, or `None`.
    fn stack_status_in(&self, region: &str, name: &str) -> Option<String> {
        let conf = aws_sdk_cloudformation::config::Builder::from(&self.config)
            .region(aws_sdk_cloudformation::config::Region::new(region.to_owned()))
            .build();
        let cfn = aws_sdk_cloudformation::Client::from_conf(conf);
        let out = self.block_on(cfn.describe_stacks().stack_name(name).send()).ok()?;
        out.stacks().first().and_then(|s| s.stack_status()).map(|s| s.as_str().to_owned())
    }
}

#[test]
fn stacks_pinned_to_different_regions_are_each_deployed_and_destroyed_in_their_own() {
    let emu = Emulator::start("regions");
    let app = App::new();
    app.stack("Home").add("Queue", RawResource::new("AWS::SQS::Queue"));
    let away = app.stack("Away");
    away.region(OTHER_REGION);
    away.add("Queue", RawResource::new("AWS::SQS::Queue"));

    let run = emu.forma(&app, "apply", &["--all"]);
    assert_ok(&run);
    assert_eq!(emu.stack_status_in(REGION, "Home").as_deref(), Some("CREATE_COMPLETE"));
    assert_eq!(emu.stack_status_in(OTHER_REGION, "Away").as_deref(), Some("CREATE_COMPLETE"));
    assert_eq!(emu.stack_status_in(REGION, "Away"), None, "not in the connected region");
    assert_eq!(emu.stack_status_in(OTHER_REGION, "Home"), None);

    let again = emu.forma(&app, "apply", &["--all"]);
    assert_ok(&again);
    assert!(again.err.contains("✓ Away: unchanged (skipped)"), "found in its region: {}", again.err);

    let run = emu.forma(&app, "destroy", &["--all"]);
    assert_ok(&run);
    assert_eq!(emu.stack_status_in(OTHER_REGION, "Away"), None);
    assert_eq!(emu.stack_status_in(REGION, "Home"), None);
}

#[test]
fn a_stack_pinned_to_another_account_is_refused_before_anything_changes() {
    let emu = Emulator::start("account");
    let app = App::new();
    app.stack("Free").add("Queue", RawResource::new("AWS::SQS::Queue"));
    let pinned = app.stack("Pinned");
    pinned.account("111111111111");
    pinned.add("Queue", RawResource::new("AWS::SQS::Queue"));

    let run = emu.forma(&app, "apply", &["--all"]);
    assert_eq!(run.code, exit::FAILURE, "{}", run.err);
    assert!(
        run.err.contains(&format!(
            "error: Pinned: the stack belongs in account 111111111111, but the credentials are for account {ACCOUNT}"
        )),
        "{}",
        run.err
    );
    assert!(run.err.contains("hint: use credentials for account 111111111111"), "{}", run.err);
    assert_eq!(emu.stack_status("Free"), None, "nothing was deployed, not even the unpinned stack");

    let destroy = emu.forma(&app, "destroy", &["--all"]);
    assert_eq!(destroy.code, exit::FAILURE, "destroy checks too: {}", destroy.err);

    let app = App::new();
    let right = app.stack("Pinned");
    right.account(ACCOUNT);
    right.add("Queue", RawResource::new("AWS::SQS::Queue"));
    assert_ok(&emu.forma(&app, "apply", &[]));
    assert_eq!(emu.stack_status("Pinned").as_deref(), Some("CREATE_COMPLETE"));
}
