//! What forma reads from the environment before it calls AWS: the profile, malformed
//! endpoints, and endpoints that never answer. Each test runs forma in a child process with
//! an environment of its own ([`in_child`]).

use std::io::Read;
use std::net::{Ipv4Addr, TcpListener};
use std::path::PathBuf;
use std::time::Duration;

use forma_cli::deploy::aws::{Aws, Connection};
use forma_cli::exit;
use forma_dsl::{App, RawResource};

use crate::support::{forma, in_child, Run};

fn app() -> App {
    let app = App::new();
    app.stack("Web").add("Queue", RawResource::new("AWS::SQS::Queue"));
    app
}

/// A fresh directory for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forma-connect-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// Shared config and credentials files defining the profile `team`.
fn profile_files(dir: &std::path::Path) -> (String, String) {
    let config = dir.join("config");
    let credentials = dir.join("credentials");
    std::fs::write(&config, "[profile team]\nregion = eu-west-1\n").expect("config written");
    std::fs::write(
        &credentials,
        "[team]\naws_access_key_id = AKIAPROFILETEAM00001\naws_secret_access_key = profile-secret\n",
    )
    .expect("credentials written");
    (config.display().to_string(), credentials.display().to_string())
}

fn access_key_with(profile: Option<&str>) -> Run {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let conn = Connection { profile: profile.map(str::to_owned), ..Connection::default() };
    let key = rt.block_on(async { Aws::connect(&conn).await?.access_key_id().await });
    match key {
        Ok(k) => Run { code: 0, out: k, err: String::new() },
        Err(e) => Run { code: 1, out: String::new(), err: e.to_string() },
    }
}

#[test]
fn the_profile_flag_wins_over_keys_in_the_environment() {
    let dir = scratch("profile-wins");
    let (config, credentials) = profile_files(&dir);
    let env = [
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.as_str()),
        ("AWS_ACCESS_KEY_ID", "AKIAENVIRONMENT00001"),
        ("AWS_SECRET_ACCESS_KEY", "env-secret"),
        ("AWS_REGION", "us-east-1"),
    ];
    let with_flag = in_child("connect::the_profile_flag_wins_over_keys_in_the_environment", &env, || {
        let with = access_key_with(Some("team"));
        let without = access_key_with(None);
        Run {
            code: with.code.max(without.code),
            out: format!("{} {}", with.out, without.out),
            err: with.err + &without.err,
        }
    });
    assert_eq!(with_flag.code, 0, "{}", with_flag.err);
    assert_eq!(
        with_flag.out, "AKIAPROFILETEAM00001 AKIAENVIRONMENT00001",
        "--profile team signs with the profile's keys; without it the environment's keys are used"
    );
}

#[test]
fn a_profile_that_does_not_exist_is_an_error_naming_it() {
    let dir = scratch("missing-profile");
    let (config, credentials) = profile_files(&dir);
    let out = dir.join("out").display().to_string();
    let env = [
        ("AWS_CONFIG_FILE", config.as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.as_str()),
        ("AWS_ACCESS_KEY_ID", "AKIAENVIRONMENT00001"),
        ("AWS_SECRET_ACCESS_KEY", "env-secret"),
        ("AWS_REGION", "us-east-1"),
        // Nothing answers here: a call would fail, not silently use the environment's keys.
        ("AWS_ENDPOINT_URL", "http://127.0.0.1:9"),
    ];
    let run = in_child("connect::a_profile_that_does_not_exist_is_an_error_naming_it", &env, || {
        forma(&app(), &["status", "--profile", "tema", "--out", &out])
    });
    assert_eq!(run.code, exit::FAILURE, "{}", run.err);
    assert_eq!(
        run.err.lines().collect::<Vec<_>>(),
        ["error: the AWS profile \"tema\" does not exist", "  hint: the profiles defined: team"],
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_malformed_endpoint_url_is_one_line_naming_the_variable() {
    let dir = scratch("bad-endpoint");
    let out = dir.join("out").display().to_string();
    let env = [
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", "localhost:4566"),
    ];
    let run = in_child("connect::a_malformed_endpoint_url_is_one_line_naming_the_variable", &env, || {
        forma(&app(), &["status", "--out", &out])
    });
    assert_eq!(run.code, exit::FAILURE, "{}", run.err);
    assert_eq!(
        run.err.lines().collect::<Vec<_>>(),
        [
            "error: AWS_ENDPOINT_URL=\"localhost:4566\" is not a URL: it has no scheme (http:// or https://)",
            "  hint: set AWS_ENDPOINT_URL to an endpoint such as http://127.0.0.1:5000, or unset it to use AWS",
        ],
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// A local server that accepts connections and never answers, until `stop` is set (or a
/// minute has passed); its address.
fn silent_server(stop: std::sync::Arc<std::sync::atomic::AtomicBool>) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let thread = std::thread::spawn(move || {
        let _ = listener.set_nonblocking(true);
        let mut held = Vec::new();
        let until = std::time::Instant::now() + Duration::from_secs(60);
        while std::time::Instant::now() < until && !stop.load(std::sync::atomic::Ordering::SeqCst) {
            match listener.accept() {
                Ok((mut s, _)) if held.len() < 64 => {
                    let _ = s.set_read_timeout(Some(Duration::from_millis(10)));
                    let _ = s.read(&mut [0u8; 1024]);
                    held.push(s);
                }
                _ => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    });
    (format!("http://127.0.0.1:{port}"), thread)
}

fn silent_env(endpoint: &str) -> [(&'static str, String); 4] {
    [
        ("AWS_ACCESS_KEY_ID", "test".into()),
        ("AWS_SECRET_ACCESS_KEY", "test".into()),
        ("AWS_REGION", "us-east-1".into()),
        ("AWS_ENDPOINT_URL", endpoint.to_owned()),
    ]
}

#[test]
fn an_endpoint_that_never_answers_is_named_within_the_call_timeout() {
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (endpoint, silent) = silent_server(done.clone());
    let dir = scratch("silent");
    let out = dir.join("out").display().to_string();
    let env = silent_env(&endpoint);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let run = in_child("connect::an_endpoint_that_never_answers_is_named_within_the_call_timeout", &env, || {
        forma(&app(), &["apply", "--call-timeout", "0.5", "--out", &out])
    });
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let _ = silent.join();
    assert_eq!(run.code, exit::FAILURE, "{}", run.err);
    assert!(
        run.err.contains(&format!(
            "error: Web: DescribeStacks: no answer from {endpoint} within 0.5s (--call-timeout; 1.5s with retries)"
        )),
        "{}",
        run.err
    );
    assert!(run.err.contains("hint: the endpoint accepted the connection but did not answer"), "{}", run.err);
    let _ = std::fs::remove_dir_all(dir);
}

/// Six independent stacks.
fn six() -> App {
    let app = App::new();
    for i in 1..=6 {
        app.stack(&format!("S{i}")).add("Queue", RawResource::new("AWS::SQS::Queue"));
    }
    app
}

#[test]
fn after_one_call_times_out_the_runs_other_calls_to_that_endpoint_fail_at_once() {
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (endpoint, silent) = silent_server(done.clone());
    let dir = scratch("dead");
    let out = dir.join("out").display().to_string();
    let env = silent_env(&endpoint);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let test = "connect::after_one_call_times_out_the_runs_other_calls_to_that_endpoint_fail_at_once";
    let run = in_child(test, &env, || {
        // apply reads every stack at once before changing anything, and stops there.
        let apply =
            forma(&six(), &["apply", "--all", "--yes", "--concurrency", "1", "--call-timeout", "0.5", "--out", &out]);
        // One stack at a time: without the rule, each would wait out the limit in turn.
        let destroy = forma(
            &six(),
            &["destroy", "--all", "--yes", "--concurrency", "1", "--call-timeout", "0.5", "--assembly", &out],
        );
        let status = forma(&six(), &["status", "--call-timeout", "0.5", "--assembly", &out]);
        Run {
            code: apply.code.max(destroy.code).max(status.code),
            out: status.out,
            err: format!("{}\n@@destroy\n{}\n@@status\n{}", apply.err, destroy.err, status.err),
        }
    });
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let _ = silent.join();
    let (apply, rest) = run.err.split_once("@@destroy").unwrap_or((&run.err, ""));
    let (destroy, _) = rest.split_once("@@status").unwrap_or((rest, ""));
    let no_answer = format!("no answer from {endpoint} within 0.5s");
    assert_eq!(apply.matches(&no_answer).count(), 1, "one error, before any change:\n{apply}");
    assert!(!apply.contains("creating change set"), "{apply}");
    assert_eq!(destroy.matches(&no_answer).count(), 1, "{destroy}");
    let fast = format!("DescribeStacks: not sent: {endpoint} did not answer an earlier call of this run within 0.5s");
    assert_eq!(destroy.matches(&fast).count(), 5, "the other five stacks fail at once:\n{destroy}");
    // status reads every stack at once: each row holds its error.
    assert_eq!(run.code, exit::FAILURE);
    for i in 1..=6 {
        assert!(run.out.lines().any(|l| l.starts_with(&format!("S{i} ")) && l.contains("error")), "{}", run.out);
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_invalid_region_is_one_line_naming_it() {
    let env = [("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test"), ("AWS_REGION", "us east 1")];
    let dir = scratch("region");
    let out = dir.join("out").display().to_string();
    let run = in_child("connect::an_invalid_region_is_one_line_naming_it", &env, || {
        let from_env = forma(&app(), &["status", "--out", &out]);
        let flag = forma(&app(), &["status", "--region", "eu-west-1x", "--out", &out]);
        Run { code: from_env.code.max(flag.code), out: String::new(), err: format!("{}@@{}", from_env.err, flag.err) }
    });
    assert_eq!(run.code, exit::FAILURE);
    let (from_env, flag) = run.err.split_once("@@").unwrap_or_default();
    assert_eq!(
        from_env.trim_end(),
        "error: the region \"us east 1\" is not a region code like us-east-1\n  hint: pass --region, set AWS_REGION, or set a region in the profile"
    );
    assert!(flag.starts_with("error: the region \"eu-west-1x\" is not a region code"), "{flag}");
    let _ = std::fs::remove_dir_all(dir);
}
