//! Assets: packed by content, located in the staging bucket, listed in the manifest.

use std::fs;
use std::path::PathBuf;

use forma_dsl::{obj, App, AssetSource, RawResource};
use serde_json::json;

use crate::support::{error, synth};

fn code_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forma-synth-asset-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("index.py"), "def handler(event, context):\n    return event\n").unwrap();
    dir
}

#[test]
fn a_function_asset_resolves_to_the_staging_bucket_and_a_content_key() {
    let dir = code_dir("fn");
    let app = App::new();
    let s = app.stack("Api");
    let code = s.add_asset("Code", AssetSource::Directory(dir.clone()));
    s.add(
        "Handler",
        RawResource::new("AWS::Lambda::Function")
            .property("Code", obj! { "S3Bucket" => code.bucket(), "S3Key" => code.key() })
            .property("Runtime", "python3.12"),
    );
    app.stack("Other").add("Q", RawResource::new("AWS::SQS::Queue"));
    let a = synth(&app);
    let api = a.stack("Api").unwrap();
    let key = &api.manifest.assets[0];
    assert_eq!(
        api.template()["Resources"]["Handler"]["Properties"]["Code"],
        json!({"S3Bucket": {"Fn::Sub": "forma-assets-${AWS::AccountId}-${AWS::Region}"}, "S3Key": format!("assets/{key}.zip")})
    );
    assert!(a.stack("Other").unwrap().manifest.assets.is_empty());
    assert_eq!(a.assets.len(), 1);
    assert_eq!(a.manifest().assets[0].sha256, *key);

    let out = dir.join("out");
    a.write(&out).unwrap();
    let zip = fs::read(out.join(format!("assets/{key}.zip"))).unwrap();
    assert_eq!(zip.len(), a.assets[0].manifest.size);
    // Selecting only the other stack leaves the asset out, and a write removes it.
    a.select(&["Other".into()]).unwrap().write(&out).unwrap();
    assert!(!out.join(format!("assets/{key}.zip")).exists());
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_asset_directory_is_an_error_with_its_path() {
    let app = App::new();
    let s = app.stack("Api");
    let code = s.add_asset("Code", AssetSource::Directory("/nonexistent/forma/code".into()));
    s.add("Q", RawResource::new("AWS::SQS::Queue").property("QueueName", code.key()));
    let e = error(&app, "missing-asset");
    assert_eq!(e.path, "Api/Code");
    assert!(e.message.contains("/nonexistent/forma/code is not a directory"), "{}", e.message);
}

#[test]
fn buckets_that_asked_to_be_emptied_are_listed() {
    let app = App::new();
    let s = app.stack("Data");
    s.add("Logs", RawResource::new("AWS::S3::Bucket")).empty_on_destroy();
    s.add("Keep", RawResource::new("AWS::S3::Bucket"));
    assert_eq!(synth(&app).stacks[0].manifest.empty_on_destroy, ["Logs"]);
}

#[test]
fn interpreter_caches_in_a_code_directory_do_not_change_the_asset() {
    let dir = code_dir("cache");
    let hash = |dir: &PathBuf| {
        let app = App::new();
        let stack = app.stack("Api");
        let code = stack.add_asset("Code", AssetSource::Directory(dir.clone()));
        stack.add(
            "Q",
            RawResource::new("AWS::SQS::Queue").property("Tags", vec![obj! { "Key" => "code", "Value" => code.key() }]),
        );
        synth(&app).assets[0].manifest.sha256.clone()
    };
    let clean = hash(&dir);
    // What a test run leaves beside a Python handler.
    fs::create_dir_all(dir.join("__pycache__")).unwrap();
    fs::write(dir.join("__pycache__/index.cpython-312.pyc"), b"\x00bytecode").unwrap();
    fs::write(dir.join("index.pyc"), b"\x00bytecode").unwrap();
    assert_eq!(hash(&dir), clean, "caches are not packed");
    fs::write(dir.join("util.py"), "X = 1\n").unwrap();
    assert_ne!(hash(&dir), clean, "a real file is");
    fs::remove_dir_all(dir).unwrap();
}
