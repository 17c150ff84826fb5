//! After a destroy, what still exists is read from the services (the tagging API), grouped
//! by stack with its cost; what a policy retained is no failure.

use forma_dsl::{list, obj, App, DeletionPolicy, RawResource};

use super::{assert_ok, Emulator};

const ARCHIVE: &str = "forma-e2e-night-archive";
const TABLE: &str = "forma-e2e-night-ledger";
const LOGS: &str = "/forma-e2e/night";

#[test]
fn destroy_lists_what_its_policies_kept_by_stack_with_the_cost_and_succeeds() {
    let emu = Emulator::start("leftovers");
    let app = App::new();
    let night = app.stack("Night");
    night
        .add("Archive", RawResource::new("AWS::S3::Bucket").property("BucketName", ARCHIVE))
        .set_deletion_policy(DeletionPolicy::Retain);
    night
        .add(
            "Ledger",
            RawResource::new("AWS::DynamoDB::Table")
                .property("TableName", TABLE)
                .property("BillingMode", "PAY_PER_REQUEST")
                .property("AttributeDefinitions", list![obj! { "AttributeName" => "id", "AttributeType" => "S" }])
                .property("KeySchema", list![obj! { "AttributeName" => "id", "KeyType" => "HASH" }]),
        )
        .set_deletion_policy(DeletionPolicy::Retain);
    night.add("Logs", RawResource::new("AWS::Logs::LogGroup").property("LogGroupName", LOGS));
    assert_ok(&emu.forma(&app, "apply", &[]));

    let destroyed = emu.forma(&app, "destroy", &[]);

    assert_ok(&destroyed);
    let lines: Vec<&str> = destroyed.out.lines().collect();
    let at = lines.iter().position(|l| *l == "Left behind (these still exist and may cost money):");
    let at = at.unwrap_or_else(|| panic!("a listing: {}", destroyed.out));
    assert_eq!(lines[at + 1], "  Night:");
    let listed = &lines[at + 2..];
    assert!(
        listed.contains(
            &format!(
            "    Night/Archive (arn:aws:s3:::{ARCHIVE}) — DeletionPolicy Retain; its objects are billed per GB-month"
        )
            .as_str()
        ),
        "{listed:#?}"
    );
    assert!(
        listed.iter().any(|l| l.starts_with("    Night/Ledger (arn:aws:dynamodb:")
            && l.ends_with(
                "— DeletionPolicy Retain; storage per GB-month, and its capacity by the hour if provisioned"
            )),
        "{listed:#?}"
    );
    assert!(!destroyed.out.contains(LOGS), "the log group is gone, so not listed: {}", destroyed.out);
    assert!(emu.bucket_exists(ARCHIVE) && emu.table_exists(TABLE), "the services still hold both");
}

#[test]
fn the_morning_after_a_retained_bucket_is_stopped_before_any_change_then_taken_back() {
    const KEPT: &str = "forma-e2e-morning-archive";
    let emu = Emulator::start("morning");
    let app = App::new();
    let morning = app.stack("Morning");
    morning
        .add("Archive", RawResource::new("AWS::S3::Bucket").property("BucketName", KEPT))
        .set_deletion_policy(DeletionPolicy::Retain);
    morning.add("Queue", RawResource::new("AWS::SQS::Queue"));
    assert_ok(&emu.forma(&app, "apply", &[]));
    emu.put(KEPT, "ledger.csv", "yesterday");
    assert_ok(&emu.forma(&app, "destroy", &[]));
    assert!(emu.bucket_exists(KEPT), "retained overnight");

    // Without the flag: stopped before any change, with what to do.
    let stopped = emu.forma(&app, "apply", &[]);
    assert_eq!(stopped.code, 1, "{}", stopped.err);
    assert!(
        stopped.err.contains(&format!(
            "Morning: Morning/Archive (arn:aws:s3:::{KEPT}) was left by an earlier Morning stack, under the same name; \
             take it back with --import-existing-resources, or delete it"
        )),
        "{}",
        stopped.err
    );
    assert!(stopped.err.contains("nothing was changed"), "{}", stopped.err);
    assert_eq!(emu.stack_status("Morning"), None, "no stack was made");

    // With it: yesterday's bucket, objects and all, is today's.
    let taken = emu.forma(&app, "apply", &["--import-existing-resources"]);
    assert_ok(&taken);
    assert!(
        taken.err.contains("Morning: taking back the resources an earlier Morning stack retained"),
        "{}",
        taken.err
    );
    assert_eq!(emu.physical_id("Morning", "Archive"), KEPT);
    assert_eq!(emu.keys(KEPT, ""), ["ledger.csv"]);
    assert_ok(&emu.forma(&app, "destroy", &[]));
}

#[test]
fn a_bucket_made_by_hand_under_a_fixed_name_stops_the_run_before_any_change() {
    const TAKEN: &str = "forma-e2e-made-by-hand";
    let emu = Emulator::start("by-hand");
    emu.block_on(emu.s3().create_bucket().bucket(TAKEN).send()).expect("the bucket is made by hand");
    let app = App::new();
    let site = app.stack("Site");
    site.add("Queue", RawResource::new("AWS::SQS::Queue"));
    site.add("Files", RawResource::new("AWS::S3::Bucket").property("BucketName", TAKEN));

    let stopped = emu.forma(&app, "apply", &[]);

    assert_eq!(stopped.code, 1, "{}", stopped.err);
    assert!(
        stopped.err.contains(&format!(
            "Site: Site/Files names bucket {TAKEN}, which exists already in this account, outside any stack of this app; \
             rename it, or delete that bucket"
        )),
        "{}",
        stopped.err
    );
    assert_eq!(emu.stack_status("Site"), None, "nothing was made, the queue neither");
}

/// Points the tagging API at a closed port for as long as it lives.
struct TaggingDown;

impl TaggingDown {
    fn new() -> TaggingDown {
        std::env::set_var("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API", "http://127.0.0.1:9");
        TaggingDown
    }
}

impl Drop for TaggingDown {
    fn drop(&mut self) {
        std::env::remove_var("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API");
    }
}

#[test]
fn without_the_tagging_api_apply_and_destroy_warn_that_they_could_not_check_and_still_succeed() {
    let emu = Emulator::start("no-tagging");
    let app = App::new();
    app.stack("Quiet").add("Queue", RawResource::new("AWS::SQS::Queue"));
    let (applied, destroyed) = {
        let _down = TaggingDown::new();
        (emu.forma(&app, "apply", &["--all"]), emu.forma(&app, "destroy", &["--all"]))
    };

    // The morning goes on without the leftover check, and says so.
    assert_ok(&applied);
    assert!(
        applied.err.contains("warning: could not look for what the stacks left behind: GetResources"),
        "{}",
        applied.err
    );
    assert_ok(&destroyed);
    assert_eq!(emu.stack_status("Quiet"), None);
    assert!(
        destroyed.err.contains("warning: could not look for what the stacks left behind: GetResources")
            && destroyed.err.contains("hint: the check reads the Resource Groups Tagging API (tag:GetResources)"),
        "{}",
        destroyed.err
    );
}
