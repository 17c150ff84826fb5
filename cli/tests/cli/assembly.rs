//! `--assembly DIR` is a boundary: an assembly may come from another job, so nothing is read
//! outside it, and a damaged or edited manifest gets one clear message per problem before
//! any AWS call. A corpus of broken assemblies, generated from a good one, proves it.

use std::path::{Path, PathBuf};

use forma_cli::deploy::assembly::Loaded;
use forma_cli::exit;
use forma_dsl::{obj, App, AssetSource, RawResource};
use serde_json::{json, Value as Json};
use sha2::{Digest, Sha256};

use crate::support::{forma, in_child};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forma-assembly-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// `Data` (a table, a bucket emptied on destroy, a queue) and `Work` (a function whose code
/// is an asset), which depends on `Data`.
fn app(code: &Path) -> App {
    let app = App::new();
    let data = app.stack("Data");
    data.tag("team", "data");
    let key = forma_dsl::cfn::dynamodb::table::KeySchema::new("id", forma_dsl::cfn::dynamodb::table::KeyType::Hash);
    let table = data.add("Table", forma_dsl::cfn::dynamodb::Table::new(vec![key]));
    data.add("Jobs", RawResource::new("AWS::SQS::Queue"));
    let uploads = data.add("Uploads", RawResource::new("AWS::S3::Bucket"));
    uploads.set_deletion_policy(forma_dsl::DeletionPolicy::Delete);
    uploads.empty_on_destroy();
    let work = app.stack("Work");
    let asset = work.add_asset("Code", AssetSource::Directory(code.to_owned()));
    work.add(
        "Handler",
        RawResource::new("AWS::Lambda::Function")
            .property("Runtime", "python3.12")
            .property("Handler", "index.handler")
            .property("Role", "arn:aws:iam::123456789012:role/r")
            .property("Environment", obj! { "Variables" => obj! { "TABLE" => table.reference() } })
            .property("Code", obj! { "S3Bucket" => asset.bucket(), "S3Key" => asset.key() }),
    );
    app
}

/// A good assembly in `dir`.
fn good(dir: &Path) {
    let code = dir.with_extension("code");
    std::fs::create_dir_all(&code).unwrap();
    std::fs::write(code.join("index.py"), "def handler(event, context):\n    return 1\n").unwrap();
    let r = forma(&app(&code), &["synth", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::SUCCESS, "{}", r.err);
    Loaded::read(dir).expect("the assembly as synthesized is sound");
}

fn manifest(dir: &Path) -> Json {
    serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

fn set_manifest(dir: &Path, m: &Json) {
    std::fs::write(dir.join("manifest.json"), serde_json::to_string_pretty(m).unwrap()).unwrap();
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Replaces stack `i`'s template with `body`, with the hash and size to match: only
/// the content is wrong.
fn set_template(dir: &Path, i: usize, body: &str) {
    let mut m = manifest(dir);
    let file = m["stacks"][i]["template"].as_str().unwrap().to_owned();
    std::fs::write(dir.join(&file), body).unwrap();
    m["stacks"][i]["sha256"] = json!(sha(body.as_bytes()));
    m["stacks"][i]["size"] = json!(body.len());
    set_manifest(dir, &m);
}

/// Gives stack 0's template a `Transform` of `name`, with the hash and size to match.
fn with_transform(dir: &Path, name: &str) {
    let file = manifest(dir)["stacks"][0]["template"].as_str().unwrap().to_owned();
    let mut template: Json = serde_json::from_slice(&std::fs::read(dir.join(file)).unwrap()).unwrap();
    template["Transform"] = json!(name);
    set_template(dir, 0, &template.to_string());
}

/// The error reading `dir` gives, as a person sees it (stack, message).
fn refused(dir: &Path) -> String {
    match std::panic::catch_unwind(|| Loaded::read(dir)) {
        Err(_) => panic!("reading {} panicked", dir.display()),
        Ok(Ok(_)) => panic!("{} was accepted", dir.display()),
        Ok(Err(e)) => {
            assert!(e.hint.is_some(), "every refusal says what to do: {e}");
            e.to_string()
        }
    }
}

fn secret() -> PathBuf {
    let path = std::env::temp_dir().join(format!("forma-assembly-secret-{}", std::process::id()));
    std::fs::write(&path, "root:x:0:0:secret\n").unwrap();
    path
}

#[test]
fn a_template_or_asset_that_links_outside_the_assembly_is_never_read() {
    let outside = secret();
    // The template: a link to a file outside.
    let dir = scratch("link-template");
    good(&dir);
    let file = manifest(&dir)["stacks"][0]["template"].as_str().unwrap().to_owned();
    std::fs::remove_file(dir.join(&file)).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join(&file)).unwrap();
    let e = refused(&dir);
    assert!(e.starts_with("Data: the template \"Data.template.json\" resolves to "), "{e}");
    assert!(e.contains("outside the assembly directory (through a symbolic link)"), "{e}");
    assert!(!e.contains("root:x"), "nothing of the file is shown: {e}");

    // The asset: a link to the same file, with the manifest's hash and size made to match it.
    let dir = scratch("link-asset");
    good(&dir);
    let mut m = manifest(&dir);
    let asset_file = m["assets"][0]["file"].as_str().unwrap().to_owned();
    std::fs::remove_file(dir.join(&asset_file)).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join(&asset_file)).unwrap();
    m["assets"][0]["size"] = json!(std::fs::metadata(&outside).unwrap().len());
    set_manifest(&dir, &m);
    let e = refused(&dir);
    assert!(e.contains("Work: asset \"assets/"), "{e}");
    assert!(e.contains("outside the assembly directory"), "{e}");

    // A directory on the way that is a link out; and the manifest itself as a link.
    let dir = scratch("link-dir");
    good(&dir);
    let assets = dir.join("assets");
    std::fs::rename(&assets, dir.with_extension("moved")).unwrap();
    std::os::unix::fs::symlink(dir.with_extension("moved"), &assets).unwrap();
    assert!(refused(&dir).contains("outside the assembly directory"));
    let dir = scratch("link-manifest");
    good(&dir);
    let copy = dir.with_extension("manifest.json");
    std::fs::rename(dir.join("manifest.json"), &copy).unwrap();
    std::os::unix::fs::symlink(&copy, dir.join("manifest.json")).unwrap();
    let e = refused(&dir);
    assert!(e.contains("manifest.json: ") && e.contains("outside the assembly directory"), "{e}");
    std::fs::remove_file(outside).unwrap();
}

#[test]
fn an_asset_must_hold_what_the_manifest_records_before_anything_is_uploaded() {
    let dir = scratch("asset-hash");
    good(&dir);
    let m = manifest(&dir);
    let file = m["assets"][0]["file"].as_str().unwrap().to_owned();
    std::fs::write(dir.join(&file), b"PK not the code that was synthesized").unwrap();
    let e = refused(&dir);
    assert!(
        e.starts_with(&format!("Work: asset {file:?} does not hold what the manifest records: its SHA-256 is ")),
        "{e}"
    );

    // A stack that uses an asset the manifest does not list.
    let dir = scratch("asset-unlisted");
    good(&dir);
    let mut m = manifest(&dir);
    m["stacks"][1]["assets"] = json!(["0".repeat(64)]);
    set_manifest(&dir, &m);
    assert!(
        refused(&dir).contains(&format!("Work: uses the asset {}, which the manifest does not list", "0".repeat(64)))
    );

    // A missing asset says why, as the system does.
    let dir = scratch("asset-missing");
    good(&dir);
    std::fs::remove_file(dir.join(&file)).unwrap();
    let e = refused(&dir);
    assert!(e.contains("does not exist (No such file or directory (os error 2))"), "{e}");

    // An asset whose key would write elsewhere in the staging bucket.
    let dir = scratch("asset-key");
    good(&dir);
    let mut m = manifest(&dir);
    m["assets"][0]["key"] = json!("templates/Data.json");
    set_manifest(&dir, &m);
    assert!(refused(&dir).contains("would be uploaded to the key \"templates/Data.json\""));
}

#[test]
fn the_fingerprint_and_other_reserved_tags_cannot_come_from_a_manifest() {
    for key in ["forma:fingerprint", "aws:cloudformation:stack-name", "Forma:Anything"] {
        let dir = scratch("tag");
        good(&dir);
        let mut m = manifest(&dir);
        m["stacks"][0]["tags"][key] = json!("0123456789ab");
        set_manifest(&dir, &m);
        let e = refused(&dir);
        assert!(e.starts_with(&format!("Data: the tag key {key:?} starts with ")), "{e}");
        assert!(e.ends_with(", which is reserved"), "{e}");
    }
}

/// An edit of a good assembly directory.
type Edit = Box<dyn Fn(&Path)>;

/// Each edit of a good manifest and the message it must give.
fn edits() -> Vec<(&'static str, Edit, &'static str)> {
    let m = |f: fn(&mut Json)| -> Edit {
        Box::new(move |dir: &Path| {
            let mut v = manifest(dir);
            f(&mut v);
            set_manifest(dir, &v);
        })
    };
    vec![
        ("no stacks", m(|v| v["stacks"] = json!([])), "the manifest lists no stacks"),
        (
            "a cycle",
            m(|v| v["stacks"][0]["dependencies"] = json!(["Work"])),
            "Data: the stacks depend on each other in a cycle: Data → Work → Data (each depends on the next)",
        ),
        ("itself", m(|v| v["stacks"][0]["dependencies"] = json!(["Data"])), "Data: depends on itself"),
        (
            "unknown dependency",
            m(|v| v["stacks"][1]["dependencies"] = json!(["Data", "Gone"])),
            "Work: depends on \"Gone\", which the manifest does not list",
        ),
        (
            "duplicate stack",
            m(|v| {
                let first = v["stacks"][0].clone();
                v["stacks"].as_array_mut().unwrap().push(first);
            }),
            "Data: the manifest lists this stack twice",
        ),
        ("empty name", m(|v| v["stacks"][0]["name"] = json!("")), "not a CloudFormation stack name: the name is empty"),
        (
            "bad name",
            m(|v| v["stacks"][0]["name"] = json!("1st_stack")),
            "1st_stack: not a CloudFormation stack name: \"1st_stack\" does not start with a letter",
        ),
        (
            "toolkit",
            m(|v| v["stacks"][0]["name"] = json!("FormaToolkit")),
            "FormaToolkit: is the name of forma's own staging stack",
        ),
        (
            "queue emptied",
            m(|v| v["stacks"][0]["emptyOnDestroy"] = json!(["Jobs"])),
            "Data: emptyOnDestroy names Data/Jobs, a AWS::SQS::Queue; only buckets are emptied",
        ),
        (
            "emptied, not there",
            m(|v| v["stacks"][0]["emptyOnDestroy"] = json!(["Nope"])),
            "Data: emptyOnDestroy names Nope, which the template does not hold",
        ),
        (
            "long description",
            m(|v| v["stacks"][0]["description"] = json!("d".repeat(1025))),
            "Data: the description is 1025 bytes; CloudFormation takes at most 1024",
        ),
        (
            "bad region",
            m(|v| v["stacks"][0]["region"] = json!("us east 1")),
            "Data: the region \"us east 1\" is not a region code like us-east-1",
        ),
        (
            "bad account",
            m(|v| v["stacks"][0]["account"] = json!("12345")),
            "Data: the account \"12345\" is not an account id: twelve digits",
        ),
        (
            "too many tags",
            m(|v| {
                for i in 0..50 {
                    v["stacks"][0]["tags"][format!("t{i}")] = json!("v");
                }
            }),
            "Data: has 51 tags; CloudFormation takes 50 and forma adds its fingerprint, so at most 49",
        ),
        (
            "wrong resource count",
            m(|v| v["stacks"][0]["resourceCount"] = json!(7)),
            "Data: the template holds 3 resources; the manifest records 7",
        ),
        (
            "needs upload flipped",
            m(|v| v["stacks"][0]["needsUpload"] = json!(true)),
            "Data: the manifest says the template needs the staging bucket, but it is",
        ),
        (
            "parameter not in the template",
            m(|v| v["stacks"][0]["parameters"]["Env"] = json!({"type": "String"})),
            "Data: parameters differ: the manifest lists Env and the template does not declare them",
        ),
        ("version", m(|v| v["version"] = json!(2)), "has manifest version 2, this forma reads version 1"),
        (
            "template hash",
            m(|v| v["stacks"][0]["sha256"] = json!("f".repeat(64))),
            "Data.template.json was changed after synthesis (its hash differs from the manifest's)",
        ),
        (
            "template null",
            Box::new(|d: &Path| set_template(d, 0, "null")),
            "Data.template.json is not a template: it holds null, not an object",
        ),
        (
            "template list",
            Box::new(|d: &Path| set_template(d, 0, "[1, 2]")),
            "is not a template: it holds a list, not an object",
        ),
        (
            "template string",
            Box::new(|d: &Path| set_template(d, 0, "\"Resources\"")),
            "is not a template: it holds a string",
        ),
        (
            "template not JSON",
            Box::new(|d: &Path| set_template(d, 0, "{\"Resources\": ")),
            "Data.template.json is not JSON: EOF while parsing",
        ),
        (
            "template without resources",
            Box::new(|d: &Path| set_template(d, 0, "{\"Resources\": {}}")),
            "Data: the template has no resources (CloudFormation needs at least one)",
        ),
        (
            "template too large",
            Box::new(|d: &Path| {
                let file = d.join(manifest(d)["stacks"][0]["template"].as_str().unwrap());
                std::fs::OpenOptions::new().write(true).open(file).unwrap().set_len(2_000_000).unwrap();
            }),
            "Data: the template \"Data.template.json\" is 2000000 bytes, over the 1048576 bytes forma reads for it",
        ),
        (
            "manifest too large",
            Box::new(|d: &Path| {
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(d.join("manifest.json"))
                    .unwrap()
                    .set_len(65 << 20)
                    .unwrap()
            }),
            "manifest.json: is 68157440 bytes, over the 67108864 bytes forma reads for it",
        ),
        (
            "a macro the manifest does not name",
            Box::new(|d: &Path| with_transform(d, "AWS::Include")),
            "Data: the template has a Transform (\"AWS::Include\") that the manifest does not name",
        ),
        (
            "a transform forma does not write",
            m(|v| v["stacks"][0]["transform"] = json!("Acme::Macro")),
            "Data: the manifest names the transform \"Acme::Macro\"; forma deploys only AWS::Serverless-2016-10-31 (AWS SAM)",
        ),
        (
            "SAM in the manifest, not in the template",
            m(|v| v["stacks"][0]["transform"] = json!("AWS::Serverless-2016-10-31")),
            "Data: the manifest names the SAM transform; the template's Transform is missing",
        ),
        (
            "template missing",
            Box::new(|d: &Path| std::fs::remove_file(d.join("Data.template.json")).unwrap()),
            "Data: the template \"Data.template.json\" does not exist (No such file or directory (os error 2))",
        ),
    ]
}

#[test]
fn every_broken_manifest_gets_one_clear_message() {
    for (what, edit, expected) in edits() {
        let dir = scratch("edit");
        good(&dir);
        edit(&dir);
        let e = refused(&dir);
        assert!(e.contains(expected), "{what}: expected {expected:?} in\n{e}");
        assert_eq!(e.matches(expected).count(), 1, "{what}: said once\n{e}");
    }
}

#[test]
fn several_problems_are_reported_together() {
    let dir = scratch("several");
    good(&dir);
    let mut m = manifest(&dir);
    m["stacks"][0]["tags"]["forma:fingerprint"] = json!("x");
    m["stacks"][1]["dependencies"] = json!(["Gone"]);
    set_manifest(&dir, &m);
    let e = refused(&dir);
    assert!(e.contains("cannot be deployed; 2 problems:"), "{e}");
    assert!(
        e.contains("\n  - Data: the tag key \"forma:fingerprint\" starts with \"forma:\", which is reserved"),
        "{e}"
    );
    assert!(e.contains("\n  - Work: depends on \"Gone\", which the manifest does not list"), "{e}");
}

/// Every value of the manifest replaced by one of another type, and the manifest cut at
/// every few bytes: never a panic, and a refusal that names the manifest or a stack.
#[test]
fn a_generated_corpus_of_damaged_manifests_never_panics() {
    let dir = scratch("corpus");
    good(&dir);
    let original = manifest(&dir);
    let text = serde_json::to_string_pretty(&original).unwrap();
    let mut cases: Vec<String> = (0..text.len()).step_by(97).map(|n| text[..n].to_owned()).collect();
    let mut paths = Vec::new();
    walk(&original, &mut Vec::new(), &mut paths);
    let others = [json!(null), json!(7), json!(-1), json!("x"), json!([]), json!({}), json!(true), json!(1e300)];
    for path in &paths {
        for other in &others {
            let mut v = original.clone();
            *pointer(&mut v, path) = other.clone();
            cases.push(serde_json::to_string(&v).unwrap());
        }
    }
    assert!(cases.len() > 500, "{}", cases.len());
    let mut refusals = 0;
    for case in &cases {
        std::fs::write(dir.join("manifest.json"), case).unwrap();
        match std::panic::catch_unwind(|| Loaded::read(&dir)) {
            Err(_) => panic!("panicked on\n{case}"),
            Ok(Ok(_)) => {}
            Ok(Err(e)) => {
                refusals += 1;
                let shown = e.to_string();
                assert!(
                    shown.contains("manifest.json") || e.stack.is_some() || shown.contains(": "),
                    "the message names where: {shown}"
                );
                assert!(e.hint.is_some(), "{shown}");
            }
        }
    }
    assert!(refusals > cases.len() * 3 / 4, "most damage is refused: {refusals} of {}", cases.len());
}

fn walk(v: &Json, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match v {
        Json::Object(o) => {
            for (k, x) in o {
                at.push(k.clone());
                walk(x, at, out);
                at.pop();
            }
        }
        Json::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                at.push(i.to_string());
                walk(x, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn pointer<'a>(v: &'a mut Json, path: &[String]) -> &'a mut Json {
    path.iter().fold(v, |v, k| match v {
        Json::Array(a) => &mut a[k.parse::<usize>().unwrap()],
        other => &mut other[k.as_str()],
    })
}

/// What a person sees: `apply --all` from a damaged assembly stops before it connects (the
/// endpoint here refuses every connection, so a call would be a different error).
#[test]
fn apply_and_destroy_of_a_damaged_assembly_stop_before_any_call() {
    let dir = scratch("run");
    good(&dir);
    let mut m = manifest(&dir);
    m["stacks"] = json!([]);
    set_manifest(&dir, &m);
    let assembly = dir.to_str().unwrap().to_owned();
    let env = [
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:9"),
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
        ("AWS_REGION", "us-east-1"),
    ];
    let test = "local_assembly::apply_and_destroy_of_a_damaged_assembly_stop_before_any_call";
    let run = in_child(test, &env, || {
        let code = dir.with_extension("code");
        let mut all = forma_cli_support_run(&app(&code), &assembly);
        all.err.push('\n');
        all
    });
    for command in ["apply", "destroy", "status", "diff"] {
        let section = run.err.split("@@ ").find(|s| s.starts_with(command)).unwrap_or_default();
        assert!(section.contains("exit 1") || section.contains("exit 2"), "{command}: {section}");
        assert!(section.contains("manifest.json: the manifest lists no stacks"), "{command}: {section}");
        assert!(!section.contains("127.0.0.1"), "{command}: nothing was contacted: {section}");
    }
}

/// Runs the four commands over the assembly; their exit codes and errors in sections.
fn forma_cli_support_run(app: &App, assembly: &str) -> crate::support::Run {
    let mut err = String::new();
    let mut worst = exit::SUCCESS;
    for command in ["apply", "destroy", "status", "diff"] {
        let mut args = vec![command, "--assembly", assembly];
        if command == "apply" || command == "destroy" {
            args.extend(["--all", "--yes"]);
        }
        let r = forma(app, &args);
        worst = worst.max(r.code);
        err.push_str(&format!("@@ {command} exit {}\n{}\n", r.code, r.err));
    }
    crate::support::Run { code: worst, out: String::new(), err }
}
