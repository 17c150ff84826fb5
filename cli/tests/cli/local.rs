//! `synth` and `list`, run in-process against small apps.

use std::path::{Path, PathBuf};

use forma_cli::exit;
use forma_dsl::{App, RawResource};

use crate::support::forma;

const LOCK: &str = forma_synth::write::LOCK_FILE;

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forma-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Data <- Web, and an unrelated Ops stack.
fn app() -> App {
    let app = App::new();
    let data = app.stack("Data");
    let key = forma_dsl::cfn::dynamodb::table::KeySchema::new("id", forma_dsl::cfn::dynamodb::table::KeyType::Hash);
    let table = data.add("Table", forma_dsl::cfn::dynamodb::Table::new(vec![key]));
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
    assert_eq!(files(&dir), [LOCK, "Data.template.json", "Ops.template.json", "Web.template.json", "manifest.json"]);
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
    assert_eq!(files(&dir), [LOCK, "Data.template.yaml", "Web.template.yaml", "manifest.json"]);
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

#[test]
fn synth_into_a_directory_that_is_not_an_assembly_is_refused_and_leaves_it_alone() {
    let dir = tempdir("foreign");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "// mine").unwrap();
    std::fs::write(dir.join("Web.template.json"), "{\"mine\": true}").unwrap();
    let r = forma(&app(), &["synth", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::FAILURE, "{}", r.out);
    assert!(
        r.err.contains(&format!(
            "error: {} is not empty and holds no forma assembly (it has Web.template.json, src)",
            dir.display()
        )),
        "{}",
        r.err
    );
    assert!(
        r.err.contains(
            "hint: forma writes only into an empty or new directory, or over its own assembly: choose one with --out"
        ),
        "{}",
        r.err
    );
    assert_eq!(files(&dir), ["Web.template.json", "src"], "nothing was added or removed");
    assert_eq!(std::fs::read_to_string(dir.join("Web.template.json")).unwrap(), "{\"mine\": true}");

    // apply synthesizes into --out too, and stops there, before contacting AWS.
    let r = forma(&app(), &["apply", "--all", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::FAILURE);
    assert!(r.err.contains("is not empty and holds no forma assembly"), "{}", r.err);
    assert_eq!(files(&dir), ["Web.template.json", "src"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn resynthesizing_keeps_a_persons_files_and_apply_outputs() {
    let dir = tempdir("resynth");
    assert_eq!(forma(&app(), &["synth", "-o", dir.to_str().unwrap()]).code, exit::SUCCESS);
    std::fs::write(dir.join("notes.md"), "mine").unwrap();
    std::fs::write(dir.join("outputs.json"), "{}").unwrap();
    let r = forma(&app(), &["synth", "Data", "-o", dir.to_str().unwrap()]);
    assert_eq!(r.code, exit::SUCCESS, "{}", r.err);
    assert_eq!(files(&dir), [LOCK, "Data.template.json", "manifest.json", "notes.md", "outputs.json"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn outputs_go_only_into_a_directory_forma_may_write() {
    let assembly = tempdir("outputs-assembly");
    assert_eq!(forma(&app(), &["synth", "Data", "-o", assembly.to_str().unwrap()]).code, exit::SUCCESS);
    let out = tempdir("outputs-foreign");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("data.csv"), "a,b").unwrap();
    let r = forma(&app(), &["apply", "--assembly", assembly.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, exit::FAILURE);
    assert!(
        r.err.contains(&format!(
            "error: {} is not empty and holds no forma assembly (it has data.csv): apply writes outputs.json there",
            out.display()
        )),
        "{}",
        r.err
    );
    assert!(r.err.contains("hint: forma writes only into an empty or new directory"), "{}", r.err);
    assert_eq!(files(&out), ["data.csv"]);
    std::fs::remove_dir_all(assembly).unwrap();
    std::fs::remove_dir_all(out).unwrap();
}

/// Synthesizes `app()` into `dir`, then sets the first stack's template path to `path`.
fn with_template_path(dir: &Path, path: &str) {
    assert_eq!(forma(&app(), &["synth", "-o", dir.to_str().unwrap()]).code, exit::SUCCESS);
    let file = dir.join("manifest.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replacen("\"Data.template.json\"", &serde_json::to_string(path).unwrap(), 1);
    assert_ne!(text, edited);
    std::fs::write(file, edited).unwrap();
}

#[test]
fn an_assembly_whose_manifest_points_outside_it_is_not_read() {
    for (path, reason) in [("/etc/passwd", "is absolute"), ("../Data.template.json", "goes up with ..")] {
        let dir = tempdir("escape");
        with_template_path(&dir, path);
        let e = forma_cli::deploy::assembly::Loaded::read(&dir).expect_err("the path leaves the assembly");
        assert_eq!(e.stack.as_deref(), Some("Data"));
        assert_eq!(
            e.message,
            format!(
                "{} names the template {path:?}, which {reason}: a manifest names only files inside its assembly directory",
                dir.join("manifest.json").display()
            )
        );
        assert_eq!(e.hint.as_deref(), Some("synthesize again rather than editing the manifest by hand"));

        // What a person sees: the stack by name, the path, the hint; nothing is contacted.
        let r = forma(&app(), &["status", "--assembly", dir.to_str().unwrap()]);
        assert_eq!(r.code, exit::FAILURE);
        assert!(r.err.contains(&format!("error: Data: {}", e.message)), "{}", r.err);
        assert!(r.err.contains("hint: synthesize again rather than editing the manifest by hand"), "{}", r.err);
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_concurrency_of_zero_is_refused() {
    for command in ["apply", "destroy"] {
        // An assembly that does not exist: had the value been taken, nothing is written or contacted.
        let r = forma(&app(), &[command, "--all", "--concurrency", "0", "--assembly", "/nonexistent/forma-assembly"]);
        assert_eq!(r.code, exit::USAGE, "{command}: {}", r.err);
        assert!(
            r.err.contains("invalid value '0' for '--concurrency <CONCURRENCY>': must be at least 1"),
            "{command}: {}",
            r.err
        );
    }
}

/// Runs the command line as the binary `argv0`, printing into buffers.
fn run_as(argv0: &str, args: &[&str]) -> (u8, String, String) {
    let (console, out, err) = forma_cli::Console::capture();
    let argv: Vec<&str> = std::iter::once(argv0).chain(args.iter().copied()).collect();
    let code = forma_cli::run(&app(), argv, &console, &forma_cli::Hooks::default());
    (code, out.text(), err.text())
}

#[test]
fn version_and_usage_name_the_binary_that_runs() {
    let forma_version = env!("CARGO_PKG_VERSION");
    let (code, out, _) = run_as("/usr/local/bin/my-infra", &["-V"]);
    assert_eq!((code, out), (exit::SUCCESS, format!("my-infra (forma {forma_version})\n")));
    let (_, out, _) = run_as("/usr/local/bin/my-infra", &["--version"]);
    assert_eq!(out, format!("my-infra (forma {forma_version})\n"));

    let (code, out, _) = run_as("/usr/local/bin/my-infra", &["--help"]);
    assert_eq!(code, exit::SUCCESS);
    assert!(out.contains("Usage: my-infra <COMMAND>"), "{out}");
    assert!(!out.contains("forma <COMMAND>") && !out.contains("Usage: forma"), "{out}");
    let (_, out, _) = run_as("/usr/local/bin/my-infra", &["synth", "--help"]);
    assert!(out.contains("Usage: my-infra synth [OPTIONS] [STACKS]..."), "{out}");
    let (code, _, err) = run_as("/usr/local/bin/my-infra", &["synth", "--bogus"]);
    assert_eq!(code, exit::USAGE);
    assert!(err.contains("Usage: my-infra synth"), "{err}");

    // Windows binaries drop .exe; the forma binary itself says just its version.
    let (_, out, _) = run_as("my-infra.exe", &["-V"]);
    assert_eq!(out, format!("my-infra (forma {forma_version})\n"));
    let (_, out, _) = run_as("target/release/forma", &["-V"]);
    assert_eq!(out, format!("forma {forma_version}\n"));
}

/// One function with a queue feeding it: a serverless form in the SAM target.
fn serverless_app() -> App {
    use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime};
    use forma_dsl::sqs::{Queue, QueueProps};
    let app = App::new();
    let stack = app.stack("Jobs");
    let queue = Queue::new(&stack, "Queue", QueueProps::default());
    let code = Code::inline("def handler(event, context):\n    return None\n");
    let worker = Function::new(&stack, "Worker", FunctionProps::new(Runtime::Python312, "index.handler", code));
    worker.add_event_source(EventSource::sqs(&queue));
    app
}

#[test]
fn synth_target_sam_writes_serverless_forms_and_the_manifest_names_the_transform() {
    let dir = tempdir("sam");
    let r = forma(&serverless_app(), &["synth", "--target", "sam", "-o", dir.to_str().unwrap(), "--quiet"]);
    assert_eq!(r.code, exit::SUCCESS, "{}", r.err);
    let read =
        |name: &str| -> serde_json::Value { serde_json::from_slice(&std::fs::read(dir.join(name)).unwrap()).unwrap() };
    let template = read("Jobs.template.json");
    assert_eq!(template["Transform"], "AWS::Serverless-2016-10-31");
    let worker = template["Resources"]
        .as_object()
        .unwrap()
        .values()
        .find(|r| r["Type"] == "AWS::Serverless::Function")
        .expect("a serverless function");
    assert_eq!(worker["Properties"]["Events"]["Queue"]["Type"], "SQS");
    assert_eq!(read("manifest.json")["stacks"][0]["transform"], "AWS::Serverless-2016-10-31");

    // The default, and `--target cfn`: plain CloudFormation, no transform.
    for args in [&["synth", "-o"][..], &["synth", "--target", "cfn", "-o"][..]] {
        let mut args = args.to_vec();
        args.push(dir.to_str().unwrap());
        assert_eq!(forma(&serverless_app(), &args).code, exit::SUCCESS);
        assert!(read("Jobs.template.json").get("Transform").is_none());
        assert!(read("manifest.json")["stacks"][0].get("transform").is_none());
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unknown_target_is_a_usage_error_naming_the_targets() {
    let r = forma(&app(), &["synth", "--target", "terraform"]);
    assert_eq!(r.code, exit::USAGE);
    assert!(r.err.contains("cfn") && r.err.contains("sam"), "{}", r.err);
    // A deployed assembly was synthesized already: its target is in it.
    let r = forma(&app(), &["apply", "--assembly", "x", "--target", "sam"]);
    assert_eq!(r.code, exit::USAGE, "{}", r.err);
}
