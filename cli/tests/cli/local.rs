//! `synth` and `list`, run in-process against small apps.

use std::path::PathBuf;

use forma_cli::exit;
use forma_dsl::{App, RawResource};

use crate::support::forma;

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forma-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Data <- Web, and an unrelated Ops stack.
fn app() -> App {
    let app = App::new();
    let data = app.stack("Data");
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    app.stack("Web").add("Queue", RawResource::new("AWS::SQS::Queue").property("QueueName", table.reference()));
    let ops = app.stack("Ops");
    ops.add("A", RawResource::new("AWS::SNS::Topic"));
    ops.add("B", RawResource::new("AWS::SNS::Topic"));
    app
}

fn files(dir: &PathBuf) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

#[test]
fn synth_writes_every_template_and_the_manifest() {
    let dir = tempdir("all");
    let r = forma(&app(), &["synth", "--out", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::SUCCESS, "{}", r.err);
    assert_eq!(files(&dir), ["Data.template.json", "Ops.template.json", "Web.template.json", "manifest.json"]);
    assert!(r.out.starts_with("Synthesized 3 stacks to "), "{}", r.out);
    let ops = r.out.lines().find(|l| l.trim_start().starts_with("Ops.template.json")).unwrap_or_default();
    assert!(ops.contains(" 2 resources "), "{}", r.out);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let order: Vec<&str> = manifest["stacks"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(order, ["Data", "Web", "Ops"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn synth_of_one_stack_includes_its_dependencies_and_yaml_works() {
    let dir = tempdir("one");
    let r = forma(&app(), &["synth", "Web", "--format", "yaml", "-o", dir.to_str().unwrap(), "--quiet"]);
    assert_eq!(r.code, exit::SUCCESS, "{}", r.err);
    assert_eq!(r.out, "", "--quiet prints nothing");
    assert_eq!(files(&dir), ["Data.template.yaml", "Web.template.yaml", "manifest.json"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unknown_stack_is_an_error_naming_the_known_ones() {
    let dir = tempdir("unknown");
    let r = forma(&app(), &["synth", "Nope", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::FAILURE);
    assert!(r.err.contains("error: no stack matches \"Nope\"; the app has: Data, Web, Ops"), "{}", r.err);
    assert!(r.err.contains("hint: `forma list` shows the stacks"), "{}", r.err);
    assert!(!dir.exists(), "nothing written");
}

#[test]
fn a_broken_app_reports_every_error_and_writes_nothing() {
    let dir = tempdir("broken");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Old.template.json"), "{}").unwrap();
    let app = App::new();
    let s = app.stack("Web");
    s.add("Q", RawResource::new("AWS::SQS::Queue"));
    s.add("Q", RawResource::new("AWS::SQS::Queue"));
    app.stack("bad_name").add("Q", RawResource::new("AWS::SQS::Queue"));
    let r = forma(&app, &["synth", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::FAILURE);
    assert!(r.err.contains("error[duplicate-id] Web/Q: Web already has a child with id \"Q\""), "{}", r.err);
    assert!(r.err.contains("error[invalid-stack-name] bad_name:"), "{}", r.err);
    assert!(r.err.contains("--> cli/tests/cli/local.rs:"), "{}", r.err);
    assert!(r.err.contains("error: synthesis failed with 2 errors; nothing was written"), "{}", r.err);
    assert_eq!(files(&dir), ["Old.template.json"], "the earlier assembly is untouched");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn list_shows_deploy_order_counts_and_dependencies() {
    let r = forma(&app(), &["list"]);
    assert_eq!(r.code, exit::SUCCESS, "{}", r.err);
    let lines: Vec<&str> = r.out.lines().collect();
    assert_eq!(
        lines,
        ["STACK  RESOURCES  DEPENDS ON", "Data           1  -", "Web            1  Data", "Ops            2  -"]
    );
    let r = forma(&app(), &["list", "--json", "Web"]);
    let rows: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(rows[1]["name"], "Web");
    assert_eq!(rows[1]["dependencies"], serde_json::json!(["Data"]));
    assert_eq!(rows.as_array().unwrap().len(), 2);
}

#[test]
fn bad_arguments_exit_2_and_help_lists_exit_codes() {
    let r = forma(&app(), &["synth", "--format", "xml"]);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("invalid value 'xml'"), "{}", r.err);
    let r = forma(&app(), &["--help"]);
    assert_eq!(r.code, exit::SUCCESS);
    assert!(r.out.contains("Exit codes: 0 success, 1 failure"), "{}", r.out);
    assert!(r.out.contains("synth") && r.out.contains("list"));
}

#[test]
fn a_user_stack_named_like_the_toolkit_is_refused_and_the_toolkit_still_synthesizes() {
    let dir = tempdir("toolkit");
    let app = App::new();
    app.stack("FormaToolkit").add("Bucket", RawResource::new("AWS::S3::Bucket"));
    let r = forma(&app, &["synth", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::FAILURE);
    assert!(
        r.err
            .contains("error[reserved-stack-name] FormaToolkit: FormaToolkit is the name of forma's own staging stack"),
        "{}",
        r.err
    );
    assert!(!dir.exists(), "nothing written");

    let toolkit = forma_cli::deploy::toolkit::toolkit_artifact().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(toolkit.name(), forma_cli::deploy::toolkit::TOOLKIT_STACK);
    assert_eq!(forma_cli::deploy::toolkit::TOOLKIT_STACK, forma_synth::TOOLKIT_STACK);
}
