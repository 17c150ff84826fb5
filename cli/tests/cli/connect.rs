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

#[test]
fn an_endpoint_that_never_answers_is_named_within_the_call_timeout() {
    // A local server that accepts connections and never answers; it stops by itself.
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let endpoint = format!("http://127.0.0.1:{port}");
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop = done.clone();
    let silent = std::thread::spawn(move || {
        let _ = listener.set_nonblocking(true);
        let mut held = Vec::new();
        let until = std::time::Instant::now() + Duration::from_secs(60);
        while std::time::Instant::now() < until && !stop.load(std::sync::atomic::Ordering::SeqCst) {
            match listener.accept() {
                Ok((mut s, _)) if held.len() < 32 => {
                    let _ = s.set_read_timeout(Some(Duration::from_millis(10)));
                    let _ = s.read(&mut [0u8; 1024]);
                    held.push(s);
                }
                _ => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    });
    let dir = scratch("silent");
    let out = dir.join("out").display().to_string();
    let env = [
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", endpoint.as_str()),
    ];
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
