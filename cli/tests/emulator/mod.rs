//! End-to-end tests of the deployer against moto's CloudFormation emulation.
//!
//! One moto server per test binary, started on first use on a free loopback port from the
//! shared Python venv (`pytools`) through `moto_server.py`, the one place that accommodates
//! where moto differs from CloudFormation. The server exits when this process does: it
//! watches its standard input, a pipe whose other end lives in a static here. The tests
//! share process-wide environment variables and one server, so they run one at a time
//! ([`Emulator::start`] holds a lock) and each starts from a reset server. Resources are
//! checked through moto's own service APIs. Nothing is skipped: when the tools or the
//! server cannot be had, every test here fails saying why.

#![allow(dead_code)]

#[path = "../../../snapshots/tests/support/pytools.rs"]
mod pytools;

mod buckets;
mod cross_stack;
mod diff;
mod interrupt;
mod leftovers;
mod lifecycle;
mod parameters;
mod pipeline;
mod removal;
mod sam;
mod staging;
mod systems;
mod targets;
mod web_service;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use forma_cli::Hooks;
use forma_dsl::App;

use crate::support::{forma_with, Run};

/// The region every client here uses.
pub const REGION: &str = "us-east-1";
/// The staging bucket forma makes in moto's default account (123456789012) and region.
pub const STAGING_BUCKET: &str = "forma-assets-123456789012-us-east-1";

/// How long the server may take to answer after it is started.
const STARTUP: Duration = Duration::from_secs(90);

/// The running server. Never dropped: statics are not, and the server exits on its own
/// when this process ends and closes `stdin`.
struct Server {
    port: u16,
    log: PathBuf,
    /// The faults the launcher injects (`FORMA_EMULATOR_FAULTS`, see moto_server.py).
    faults: PathBuf,
    child: Mutex<Child>,
    stdin: Mutex<ChildStdin>,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
static SERIAL: Mutex<()> = Mutex::new(());

fn server() -> &'static Server {
    match SERVER.get_or_init(start_server) {
        Ok(s) => s,
        Err(e) => panic!("the moto server for the deployer tests is not available:\n{e}"),
    }
}

fn start_server() -> Result<Server, String> {
    let env = pytools::provision()?;
    let shim = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/emulator/moto_server.py");
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("cannot find a free port on 127.0.0.1: {e}"))?
        .port();
    let logs = pytools::workspace_root().join("target/tmp");
    std::fs::create_dir_all(&logs).map_err(|e| format!("cannot create {}: {e}", logs.display()))?;
    let log = logs.join(format!("moto-server-{}.log", std::process::id()));
    let file = std::fs::File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let file2 = file.try_clone().map_err(|e| format!("cannot reopen {}: {e}", log.display()))?;
    let faults = logs.join(format!("moto-faults-{}.json", std::process::id()));
    let mut child = Command::new(env.python())
        .env("FORMA_EMULATOR_FAULTS", &faults)
        .arg(&shim)
        .arg(port.to_string())
        .arg("--exit-on-stdin-eof")
        .stdin(Stdio::piped())
        .stdout(file)
        .stderr(file2)
        .spawn()
        .map_err(|e| format!("cannot start {} {}: {e}", env.python().display(), shim.display()))?;
    let stdin = child.stdin.take().ok_or("the server's standard input was not piped")?;
    let started = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the moto server exited at start ({status})\n{}", log_tail(&log)));
        }
        if post(port, "/moto-api/reset").is_ok_and(|code| code == 200) {
            break;
        }
        if started.elapsed() > STARTUP {
            let _ = child.kill();
            return Err(format!(
                "the moto server did not answer on 127.0.0.1:{port} within {}s\n{}",
                STARTUP.as_secs(),
                log_tail(&log)
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!(
        "emulator: moto on 127.0.0.1:{port} after {:.1}s (log: {})",
        started.elapsed().as_secs_f64(),
        log.display()
    );

    // Process-wide, set once before any test talks to the server; the tests are serialized.
    let vars = [
        ("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{port}")),
        ("AWS_ACCESS_KEY_ID", "test".to_owned()),
        ("AWS_SECRET_ACCESS_KEY", "test".to_owned()),
        ("AWS_REGION", REGION.to_owned()),
        ("AWS_EC2_METADATA_DISABLED", "true".to_owned()),
        ("AWS_CONFIG_FILE", logs.join("no-aws-config").display().to_string()),
        ("AWS_SHARED_CREDENTIALS_FILE", logs.join("no-aws-credentials").display().to_string()),
    ];
    for (k, v) in vars {
        std::env::set_var(k, v);
    }
    for k in ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"] {
        std::env::remove_var(k);
    }
    for (k, _) in std::env::vars_os() {
        if k.to_str().is_some_and(|k| k.starts_with("AWS_ENDPOINT_URL_")) {
            std::env::remove_var(k);
        }
    }
    Ok(Server { port, log, faults, child: Mutex::new(child), stdin: Mutex::new(stdin) })
}

/// What [`counts`] reads of the inventory: every kind the end-to-end stacks make.
pub const INVENTORY_KINDS: [&str; 32] = [
    "buckets",
    "tables",
    "queues",
    "streams",
    "log_groups",
    "functions",
    "function_urls",
    "repositories",
    "images",
    "topics",
    "parameters",
    "keys",
    "alarms",
    "rules",
    "rest_apis",
    "http_apis",
    "user_pools",
    "hosted_zones",
    "roles",
    "certificates",
    "vpcs",
    "subnets",
    "route_tables",
    "nat_gateways",
    "eips",
    "internet_gateways",
    "security_groups",
    "clusters",
    "services",
    "task_definitions",
    "load_balancers",
    "target_groups",
];

/// The inventory's count of each of [`INVENTORY_KINDS`] (-1 where it has none).
pub fn counts(inventory: &serde_json::Value) -> Vec<(&'static str, i64)> {
    INVENTORY_KINDS.iter().map(|k| (*k, inventory[k].as_i64().unwrap_or(-1))).collect()
}

/// A minimal HTTP/1.1 POST without a body; returns the status code.
fn post(port: u16, path: &str) -> std::io::Result<u16> {
    let mut s = TcpStream::connect((Ipv4Addr::LOCALHOST, port))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")?;
    let mut response = String::new();
    s.read_to_string(&mut response)?;
    response
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("not an HTTP response: {response:.80}")))
}

fn log_tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(40)..].join("\n");
    format!("--- last lines of {}\n{tail}", log.display())
}

/// One end-to-end test's hold on the emulator: the lock, a freshly reset server, an
/// assembly directory, and SDK clients pointed at moto.
pub struct Emulator {
    _serial: MutexGuard<'static, ()>,
    name: String,
    out: PathBuf,
    scratch: std::cell::RefCell<Vec<PathBuf>>,
    pub rt: tokio::runtime::Runtime,
    pub(crate) config: aws_config::SdkConfig,
}

impl Emulator {
    /// Waits for the other end-to-end tests, starts the server if this is the first, and
    /// resets it.
    pub fn start(name: &str) -> Emulator {
        let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let server = server();
        match post(server.port, "/moto-api/reset") {
            Ok(200) => {}
            other => panic!("cannot reset the moto server: {other:?}\n{}", log_tail(&server.log)),
        }
        let _ = std::fs::remove_file(&server.faults);
        let out = std::env::temp_dir().join(format!("forma-e2e-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
        let config = rt.block_on(
            aws_config::defaults(aws_config::BehaviorVersion::latest())
                .http_client(forma_cli::deploy::aws::http_client())
                .load(),
        );
        Emulator { _serial: serial, name: name.to_owned(), out, scratch: Default::default(), rt, config }
    }

    /// The assembly directory (`--out`).
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// A fresh, empty scratch directory, removed with the assembly directory.
    pub fn scratch(&self, what: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("forma-e2e-{}-{what}-{}", self.name, std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        self.scratch.borrow_mut().push(dir.clone());
        dir
    }

    /// `forma COMMAND ARGS --out DIR`, with `--yes` for apply and destroy.
    pub fn forma(&self, app: &App, command: &str, args: &[&str]) -> Run {
        self.forma_with(app, command, args, &Hooks::default())
    }

    /// Like [`Emulator::forma`], with hooks.
    pub fn forma_with(&self, app: &App, command: &str, args: &[&str], hooks: &Hooks) -> Run {
        let out = self.out.to_str().expect("a UTF-8 temporary directory");
        let mut argv = vec![command];
        argv.extend_from_slice(args);
        argv.extend_from_slice(&["--out", out]);
        if matches!(command, "apply" | "destroy") {
            argv.push("--yes");
        }
        let run = forma_with(app, &argv, hooks);
        eprintln!("$ forma {}  -> exit {}\n{}{}", argv.join(" "), run.code, run.out, run.err);
        run
    }

    /// Runs a future on the test's runtime (SDK calls to moto).
    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    pub fn cfn(&self) -> aws_sdk_cloudformation::Client {
        aws_sdk_cloudformation::Client::new(&self.config)
    }

    pub fn s3(&self) -> aws_sdk_s3::Client {
        let conf = aws_sdk_s3::config::Builder::from(&self.config).force_path_style(true).build();
        aws_sdk_s3::Client::from_conf(conf)
    }

    pub fn dynamodb(&self) -> aws_sdk_dynamodb::Client {
        aws_sdk_dynamodb::Client::new(&self.config)
    }

    pub fn sqs(&self) -> aws_sdk_sqs::Client {
        aws_sdk_sqs::Client::new(&self.config)
    }

    pub fn lambda(&self) -> aws_sdk_lambda::Client {
        aws_sdk_lambda::Client::new(&self.config)
    }

    pub fn sns(&self) -> aws_sdk_sns::Client {
        aws_sdk_sns::Client::new(&self.config)
    }

    pub fn kinesis(&self) -> aws_sdk_kinesis::Client {
        aws_sdk_kinesis::Client::new(&self.config)
    }

    /// The stack's status, or `None` when moto has no such (live) stack.
    pub fn stack_status(&self, name: &str) -> Option<String> {
        let out = self.block_on(self.cfn().describe_stacks().stack_name(name).send()).ok()?;
        out.stacks().first().and_then(|s| s.stack_status()).map(|s| s.as_str().to_owned())
    }

    /// How many change sets moto holds for a stack.
    pub fn change_set_count(&self, stack: &str) -> usize {
        let out = self
            .block_on(self.cfn().list_change_sets().stack_name(stack).send())
            .unwrap_or_else(|e| panic!("ListChangeSets {stack}: {e:?}"));
        out.summaries().iter().filter(|s| s.stack_name() == Some(stack)).count()
    }

    /// How many events moto recorded for a stack.
    pub fn event_count(&self, stack: &str) -> usize {
        let out = self
            .block_on(self.cfn().describe_stack_events().stack_name(stack).send())
            .unwrap_or_else(|e| panic!("DescribeStackEvents {stack}: {e:?}"));
        out.stack_events().len()
    }

    /// The physical id of a stack's resource.
    pub fn physical_id(&self, stack: &str, logical_id: &str) -> String {
        let out = self
            .block_on(self.cfn().describe_stack_resource().stack_name(stack).logical_resource_id(logical_id).send())
            .unwrap_or_else(|e| panic!("DescribeStackResource {stack} {logical_id}: {e:?}"));
        out.stack_resource_detail()
            .and_then(|r| r.physical_resource_id())
            .unwrap_or_else(|| panic!("{stack} {logical_id} has no physical id"))
            .to_owned()
    }

    /// Whether a DynamoDB table exists.
    pub fn table_exists(&self, name: &str) -> bool {
        match self.block_on(self.dynamodb().describe_table().table_name(name).send()) {
            Ok(_) => true,
            Err(e) if e.as_service_error().is_some_and(|e| e.is_resource_not_found_exception()) => false,
            Err(e) => panic!("DescribeTable {name}: {e:?}"),
        }
    }

    /// The URL of a queue, or `None` when it does not exist.
    pub fn queue_url(&self, name: &str) -> Option<String> {
        match self.block_on(self.sqs().get_queue_url().queue_name(name).send()) {
            Ok(out) => out.queue_url().map(str::to_owned),
            Err(e) if e.as_service_error().is_some_and(|e| e.is_queue_does_not_exist()) => None,
            Err(e) => panic!("GetQueueUrl {name}: {e:?}"),
        }
    }

    /// The tags of a queue.
    pub fn queue_tags(&self, name: &str) -> std::collections::HashMap<String, String> {
        let url = self.queue_url(name).unwrap_or_else(|| panic!("queue {name} does not exist"));
        let out = self
            .block_on(self.sqs().list_queue_tags().queue_url(url).send())
            .unwrap_or_else(|e| panic!("ListQueueTags {name}: {e:?}"));
        out.tags().cloned().unwrap_or_default()
    }

    /// Whether a bucket exists.
    pub fn bucket_exists(&self, name: &str) -> bool {
        match self.block_on(self.s3().head_bucket().bucket(name).send()) {
            Ok(_) => true,
            Err(e) if e.raw_response().is_some_and(|r| r.status().as_u16() == 404) => false,
            Err(e) => panic!("HeadBucket {name}: {e:?}"),
        }
    }

    /// The keys in a bucket under `prefix`.
    pub fn keys(&self, bucket: &str, prefix: &str) -> Vec<String> {
        let out = self
            .block_on(self.s3().list_objects_v2().bucket(bucket).prefix(prefix).send())
            .unwrap_or_else(|e| panic!("ListObjectsV2 {bucket}: {e:?}"));
        out.contents().iter().filter_map(|o| o.key().map(str::to_owned)).collect()
    }

    /// Puts a small object.
    pub fn put(&self, bucket: &str, key: &str, body: &str) {
        self.block_on(self.s3().put_object().bucket(bucket).key(key).body(body.as_bytes().to_vec().into()).send())
            .unwrap_or_else(|e| panic!("PutObject s3://{bucket}/{key}: {e:?}"));
    }

    /// A writer still running at night: at the next deletion of each of `stacks`, an object
    /// lands in each of its buckets after destroy emptied them (`id` makes it act once).
    pub fn objects_during_delete(&self, id: &str, stacks: &[&str]) {
        let faults = serde_json::json!({ "id": id, "objects_during_delete": stacks });
        std::fs::write(&server().faults, faults.to_string()).expect("the fault file is written");
    }

    /// What the server holds of EC2, ECS, ELBv2 and ECR, counted through those services'
    /// own APIs (`inventory.py`, boto3 from the venv): `{"vpcs": 1, "subnets": 4, ...}`.
    pub fn inventory(&self) -> serde_json::Value {
        self.inventory_with(&[])
    }

    /// [`Emulator::inventory`], after pushing an image tagged `tag` into each repository
    /// whose name starts with `prefix`, as `docker push` would.
    pub fn push_image(&self, prefix: &str, tag: &str) -> serde_json::Value {
        self.inventory_with(&["--push-image", prefix, tag])
    }

    fn inventory_with(&self, args: &[&str]) -> serde_json::Value {
        let env = pytools::pyenv();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/emulator/inventory.py");
        let out = Command::new(env.python())
            .arg(&script)
            .arg(server().port.to_string())
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(out.status.success(), "inventory.py failed:\n{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("inventory.py printed no JSON: {e}"))
    }

    /// The manifest written by the last synthesis into [`Emulator::out`].
    pub fn manifest(&self) -> serde_json::Value {
        let path = self.out.join("manifest.json");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        serde_json::from_slice(&bytes).expect("a JSON manifest")
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let dirs = std::iter::once(&self.out).chain(self.scratch.get_mut().iter());
        if std::thread::panicking() {
            for dir in dirs {
                eprintln!("emulator: kept {} for inspection", dir.display());
            }
        } else {
            for dir in dirs {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }
}

/// Asserts a run exited 0, showing what it printed otherwise.
#[track_caller]
pub fn assert_ok(run: &Run) {
    assert_eq!(
        run.code,
        forma_cli::exit::SUCCESS,
        "expected success\n--- stdout\n{}\n--- stderr\n{}",
        run.out,
        run.err
    );
}

/// The index of the first line of `text` containing `needle`.
#[track_caller]
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("no line contains {needle:?} in:\n{text}"))
}
