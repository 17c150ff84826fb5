//! Running the command line in-process and capturing what it prints.

use forma_cli::{run, Console, Hooks};
use forma_dsl::App;

/// What one run printed, and its exit code.
pub struct Run {
    pub code: u8,
    pub out: String,
    pub err: String,
}

/// Runs `forma ARGS` over `app`.
pub fn forma(app: &App, args: &[&str]) -> Run {
    forma_with(app, args, &Hooks::default())
}

/// Runs `forma ARGS` over `app` with hooks.
pub fn forma_with(app: &App, args: &[&str], hooks: &Hooks) -> Run {
    let (console, out, err) = Console::capture();
    let mut argv = vec!["forma"];
    argv.extend_from_slice(args);
    let code = run(app, argv, &console, hooks);
    Run { code, out: out.text(), err: err.text() }
}

/// The variable that tells a re-run of this test binary which test is the child.
const CHILD: &str = "FORMA_TEST_CHILD";
/// Marks the child's result on its standard output.
const MARK: &str = "@@forma-child-run@@";

/// Runs `body` in a child process of this test binary, with the environment variables
/// `envs` and no other `AWS_*` or `FORMA_*` ones: for tests of what forma reads from the
/// environment, which the tests of this process share. `test` is the test's full name
/// (`module::function`). In the child, `body` runs and its result is handed back.
pub fn in_child(test: &str, envs: &[(&str, &str)], body: impl FnOnce() -> Run) -> Run {
    if std::env::var(CHILD).as_deref() == Ok(test) {
        let run = body();
        let json =
            format!("{{\"code\":{},\"out\":{},\"err\":{}}}", run.code, json_string(&run.out), json_string(&run.err));
        println!("\n{MARK}{json}");
        return run;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut cmd = std::process::Command::new(exe);
    cmd.args([test, "--exact", "--nocapture", "--test-threads", "1"]);
    for (k, _) in std::env::vars_os() {
        if k.to_str().is_some_and(|k| k.starts_with("AWS_") || k.starts_with("FORMA_")) {
            cmd.env_remove(k);
        }
    }
    // Never the instance metadata service: no AWS endpoint is contacted.
    cmd.env("AWS_EC2_METADATA_DISABLED", "true").env(CHILD, test);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let Some(line) = stdout.lines().find_map(|l| l.strip_prefix(MARK)) else {
        panic!(
            "the child run of {test} reported nothing ({})\n--- stdout\n{stdout}\n--- stderr\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        )
    };
    let v: serde_json::Value = serde_json::from_str(line).expect("the child's JSON");
    Run {
        code: v["code"].as_u64().and_then(|c| u8::try_from(c).ok()).expect("an exit code"),
        out: v["out"].as_str().unwrap_or_default().to_owned(),
        err: v["err"].as_str().unwrap_or_default().to_owned(),
    }
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}
