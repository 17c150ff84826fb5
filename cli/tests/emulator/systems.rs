//! The daily cycle: the five bundled systems (`stacks/`), with a pair of stacks joined by
//! exports and an archive kept overnight, applied and destroyed three times in a row on one
//! emulator, with the faults a team meets: a writer that puts objects into a bucket while
//! it is deleted (CloudFormation ends the stack DELETE_FAILED), an export removed while it is
//! imported, and yesterday's retained bucket in the way of today's. No person acts: every
//! cycle ends with nothing of the app left but what its policy keeps, counted through the
//! services' own APIs.

use forma_dsl::{list, obj, App, DeletionPolicy, RawResource};

use super::{assert_ok, counts, Emulator};

/// The bucket the app keeps overnight (`DeletionPolicy: Retain`, a fixed name).
const ARCHIVE: &str = "forma-e2e-daily-archive";

/// The bundled systems, a table exported by `daily-producer` and imported by
/// `daily-consumer` (its name only while `importing`), and the archive.
fn daily_app(importing: bool) -> App {
    let app = forma_stacks::app();
    let table = app.stack("daily-producer").add(
        "Ledger",
        RawResource::new("AWS::DynamoDB::Table")
            .property("BillingMode", "PAY_PER_REQUEST")
            .property("AttributeDefinitions", list![obj! { "AttributeName" => "id", "AttributeType" => "S" }])
            .property("KeySchema", list![obj! { "AttributeName" => "id", "KeyType" => "HASH" }]),
    );
    let name = if importing {
        obj! { "Key" => "table", "Value" => table.reference() }
    } else {
        obj! { "Key" => "table", "Value" => "-" }
    };
    app.stack("daily-consumer").add(
        "Jobs",
        RawResource::new("AWS::SQS::Queue")
            .property("Tags", list![obj! { "Key" => "table-arn", "Value" => table.get_att::<String>("Arn") }, name]),
    );
    app.stack("daily-archive")
        .add("Archive", RawResource::new("AWS::S3::Bucket").property("BucketName", ARCHIVE))
        .set_deletion_policy(DeletionPolicy::Retain);
    app
}

#[test]
fn the_daily_cycle_runs_three_times_with_faults_and_leaves_only_what_policy_keeps() {
    let emu = Emulator::start("systems");
    let before = counts(&emu.inventory());
    for cycle in 1..=3 {
        // The morning: the image's commit tag is the one parameter without a default;
        // yesterday's archive (from the second morning on) is taken back.
        let app = daily_app(true);
        let applied =
            emu.forma(&app, "apply", &["--all", "-p", "web-service:ImageTag=0a1b2c3", "--import-existing-resources"]);
        assert_ok(&applied);
        assert_eq!(
            applied.err.contains("daily-archive: taking back the resources an earlier daily-archive stack retained"),
            cycle > 1,
            "cycle {cycle}: {}",
            applied.err
        );
        let made = counts(&emu.inventory());
        let expected = [
            "buckets",
            "tables",
            "queues",
            "streams",
            "functions",
            "function_urls",
            "repositories",
            "topics",
            "parameters",
            "keys",
            "alarms",
            "rules",
            "rest_apis",
            "http_apis",
            "user_pools",
            "clusters",
            "services",
            "load_balancers",
        ];
        for kind in expected {
            let n = |c: &[(&str, i64)]| c.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n);
            assert!(n(&made) > n(&before), "cycle {cycle}: no {kind} was made: {made:?}");
        }
        // The day: an image is pushed, the archive fills, and a change stops the consumer
        // importing one of the producer's exports (which the producer then drops).
        emu.push_image("web-service", "0a1b2c3");
        emu.put(ARCHIVE, &format!("day-{cycle}.csv"), "rows");
        let midday = emu.forma(&daily_app(false), "apply", &["--all", "-p", "web-service:ImageTag=0a1b2c3"]);
        assert_ok(&midday);
        assert!(midday.err.contains("daily-consumer imports daily-producer:"), "cycle {cycle}: {}", midday.err);
        // The night, with a writer still putting objects into access-cards' buckets.
        emu.objects_during_delete(&format!("cycle-{cycle}"), &["access-cards-data"]);
        let destroyed = emu.forma(&daily_app(false), "destroy", &["--all"]);
        assert_ok(&destroyed);
        assert!(
            destroyed.err.contains("gained objects while it was deleted: emptied again"),
            "cycle {cycle}: {}",
            destroyed.err
        );
        assert!(
            destroyed.out.contains(&format!("daily-archive/Archive (arn:aws:s3:::{ARCHIVE}) — DeletionPolicy Retain")),
            "cycle {cycle}: the kept archive is listed: {}",
            destroyed.out
        );
        let mut left = counts(&emu.inventory());
        for (kind, n) in left.iter_mut() {
            if *kind == "buckets" {
                *n -= 1;
            }
        }
        assert_eq!(left, before, "cycle {cycle}: something but the archive was left behind");
        let days: Vec<String> = (1..=cycle).map(|d| format!("day-{d}.csv")).collect();
        assert_eq!(emu.keys(ARCHIVE, ""), days, "cycle {cycle}: the archive keeps every day's objects");
    }
}
