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
