//! Property overrides: applied after everything else, nested paths into typed objects,
//! hand-written maps and lists, checked against the schema, errors naming the path.

use forma_dsl::cfn::s3;
use forma_dsl::{obj, App, RawResource};
use forma_synth::{synthesize_with, Format, Settings};

fn settings() -> Settings {
    Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() }
}

fn lifecycle_bucket() -> s3::Bucket {
    use s3::bucket::{LifecycleConfiguration, Rule, RuleStatus};
    s3::Bucket::new().lifecycle_configuration(LifecycleConfiguration::new(vec![
        Rule::new(RuleStatus::Enabled).id("Expire").expiration_in_days(30),
        Rule::new(RuleStatus::Enabled).id("Abort").expiration_in_days(7),
    ]))
}

#[test]
fn overrides_reach_into_nested_objects_and_lists_and_apply_last() {
    let app = App::new();
    let stack = app.stack("Data");
    let bucket = stack.add("Archive", lifecycle_bucket());
    bucket
        .override_property("LifecycleConfiguration.Rules.1.Status", "Disabled")
        .delete_property("LifecycleConfiguration.Rules.0.ExpirationInDays")
        // Maps on the way are created.
        .override_property("WebsiteConfiguration.IndexDocument", "index.html")
        .override_property("Tags", forma_dsl::list![obj! { "Key" => "team", "Value" => "data" }]);
    // A later set_property (what a construct's re-render does) does not undo an override.
    bucket.set_property("Tags", forma_dsl::list![obj! { "Key" => "lost", "Value" => "x" }]);
    let a = synthesize_with(&app, settings()).unwrap_or_else(|e| panic!("{e}"));
    let props = &a.stacks[0].template()["Resources"]["Archive"]["Properties"];
    assert_eq!(
        props["LifecycleConfiguration"]["Rules"],
        serde_json::json!([
            { "Id": "Expire", "Status": "Enabled" },
            { "ExpirationInDays": 7, "Id": "Abort", "Status": "Disabled" },
        ])
    );
    assert_eq!(props["WebsiteConfiguration"], serde_json::json!({ "IndexDocument": "index.html" }));
    assert_eq!(props["Tags"], serde_json::json!([{ "Key": "team", "Value": "data" }]));
    let keys: Vec<&String> = props.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["LifecycleConfiguration", "Tags", "WebsiteConfiguration"], "schema order, overrides included");
}

#[test]
fn bad_override_paths_are_errors_naming_the_resource_and_the_path() {
    let app = App::new();
    let stack = app.stack("Data");
    let bucket = stack.add("Archive", lifecycle_bucket());
    bucket.override_property("LifecycleConfiguration.Rules.5.Status", "Disabled");
    bucket.override_property("LifecycleConfiguration.Rules.first.Status", "Disabled");
    bucket.override_property("LifecycleConfiguration.Rules.0.Id.Deeper", "x");
    bucket.override_property("Tags..Key", "x");
    // Overridden values are checked like any other.
    bucket.override_property("LifecycleConfiguration.Rules.0.ExpirationInDays", "soon");
    let raw = stack.add("Raw", RawResource::new("AWS::SQS::Queue"));
    raw.delete_property("DelaySeconds");
    let err = synthesize_with(&app, settings()).expect_err("bad overrides");
    let got: Vec<String> = err.diagnostics.iter().map(|d| format!("{} {}: {}", d.code, d.path, d.message)).collect();
    assert_eq!(
        got,
        [
            "invalid-override Data/Archive: override of `LifecycleConfiguration.Rules.5.Status`: \
             `LifecycleConfiguration.Rules` has 2 items; there is no item 5",
            "invalid-override Data/Archive: override of `LifecycleConfiguration.Rules.first.Status`: \
             `LifecycleConfiguration.Rules` is a list; `first` is not an item number",
            "invalid-override Data/Archive: override of `LifecycleConfiguration.Rules.0.Id.Deeper`: \
             `LifecycleConfiguration.Rules.0.Id` is not a map or a list, so it has no `Deeper`",
            "invalid-override Data/Archive: override of `Tags..Key`: the path has an empty part",
            "override-missing Data/Raw: delete_property(\"DelaySeconds\"): the resource has no such property",
            "wrong-type Data/Archive: Properties.LifecycleConfiguration.Rules[0].ExpirationInDays: expected an \
             integer, found the string \"soon\"",
        ],
        "{got:#?}"
    );
    let here = file!();
    assert!(
        err.diagnostics.iter().take(5).all(|d| d.location.is_some_and(|l| l.file() == here)),
        "points at the caller"
    );
}
