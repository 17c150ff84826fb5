//! The deployer against a scripted CloudFormation: the paths moto cannot produce
//! (per-resource events, polling while in progress, CREATE_FAILED and rollback,
//! DELETE_FAILED, exports in use, throttling), with answers shaped like CloudFormation's.
//! Time is tokio's paused clock, so waiting costs nothing and poll gaps can be measured.

mod changes;
mod destroy;
mod diff;
mod exports;
mod express;
mod failures;
mod fake;
mod http;
mod ownership;
mod preflight;
mod progress;
mod review;
mod status;

use aws_smithy_mocks::RuleMode;
use forma_cli::deploy::apply::{fingerprint, Job};
use forma_cli::deploy::aws::{Aws, Network, DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT};
use forma_cli::deploy::ui::Ui;
use forma_cli::deploy::Ctx;
use forma_cli::{Captured, Console};
use forma_dsl::{App, Output, RawResource};
use forma_synth::{Format, StackArtifact, StackManifest};
use tokio::sync::watch;

use fake::Cfn;

/// The nonce of a run, as `Ctx` would get it.
pub const NONCE: &str = "0badc0de";
pub const TABLE: &str = "AWS::DynamoDB::Table";
pub const QUEUE: &str = "AWS::SQS::Queue";

/// `Storage`: a table under `Data`, a queue under `Ingest` and the table's name exported as
/// `Storage:Table`.
pub fn storage() -> StackArtifact {
    synth_storage(|stack| {
        let table = stack
            .child("Data")
            .add("Table", RawResource::new("AWS::DynamoDB::Table").property("BillingMode", "PAY_PER_REQUEST"));
        stack.add_output("TableName", Output::new(table.reference()).export("Storage:Table"));
    })
}

/// `Storage` after its table (and the export) were taken out.
pub fn storage_without_table() -> StackArtifact {
    synth_storage(|_| {})
}

fn synth_storage(data: impl FnOnce(&forma_dsl::Stack)) -> StackArtifact {
    let app = App::new();
    let stack = app.stack("Storage");
    data(&stack);
    stack.child("Ingest").add("Queue", RawResource::new("AWS::SQS::Queue").property("VisibilityTimeout", 30));
    let mut assembly = forma_synth::synthesize(&app, Format::Json).expect("the app synthesizes");
    assembly.stacks.remove(0)
}

/// `Web`: a security group and a role, both under `Web/Api`.
pub fn web() -> StackArtifact {
    let app = App::new();
    let api = app.stack("Web").child("Api");
    api.add("SecurityGroup", RawResource::new("AWS::EC2::SecurityGroup").property("GroupDescription", "api"));
    api.add("Role", RawResource::new("AWS::IAM::Role").property("AssumeRolePolicyDocument", "{}"));
    let mut assembly = forma_synth::synthesize(&app, Format::Json).expect("the app synthesizes");
    assembly.stacks.remove(0)
}

/// The logical id of the resource at a construct path.
pub fn id_of(m: &StackManifest, path: &str) -> String {
    m.logical_ids
        .iter()
        .find(|(_, p)| p.as_str() == path)
        .map(|(id, _)| id.clone())
        .unwrap_or_else(|| panic!("no resource at {path}: {:?}", m.logical_ids))
}

/// The fingerprint apply computes for a stack without parameters.
pub fn fingerprint_of(m: &StackManifest) -> String {
    fingerprint(m, &[])
}

/// The job apply gets for a synthesized stack.
pub fn job(a: &StackArtifact) -> Job {
    let stateful_types = forma_dsl::removal::STATEFUL_TYPES.iter().map(|t| (*t).to_owned()).collect();
    Job {
        manifest: a.manifest.clone(),
        body: a.body.clone(),
        parameters: Default::default(),
        stateful_types,
        import_existing: false,
    }
}

/// A command's context over a CloudFormation client, writing to `console`; S3, STS and the
/// tagging API have no answers (a call to them fails the test).
pub fn ctx_over(
    cfn: aws_sdk_cloudformation::Client,
    console: Console,
    cancel: watch::Receiver<bool>,
    nonce: &str,
) -> Ctx {
    let s3 = aws_smithy_mocks::mock_client!(aws_sdk_s3, RuleMode::MatchAny, Vec::<&aws_smithy_mocks::Rule>::new());
    let sts = aws_sdk_sts::Client::from_conf(
        aws_sdk_sts::Config::builder()
            .behavior_version(aws_sdk_sts::config::BehaviorVersion::latest())
            .region(aws_sdk_sts::config::Region::new(fake::REGION))
            .build(),
    );
    let network = Network::new(fake::REGION, DEFAULT_CONNECT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    Ctx {
        aws: Aws {
            cfn,
            s3,
            sts,
            tagging: aws_smithy_mocks::mock_client!(
                aws_sdk_resourcegroupstagging,
                RuleMode::MatchAny,
                Vec::<&aws_smithy_mocks::Rule>::new()
            ),
            credentials: None,
            region: fake::REGION.into(),
            network: std::sync::Arc::new(network),
        },
        ui: Ui::new(console),
        cancel,
        nonce: nonce.into(),
        yes: false,
        adopt: false,
        concurrency: 4,
        express: false,
        staging: tokio::sync::OnceCell::new(),
        after_execute: None,
    }
}

/// One command's context over a scripted CloudFormation, printing into buffers.
pub struct Session {
    pub ctx: Ctx,
    /// Standard error: progress, notes, summaries.
    pub err: Captured,
    /// Ctrl-C: `send(true)`.
    pub cancel: watch::Sender<bool>,
}

impl Session {
    /// Not interactive (nobody answers prompts); `yes` off.
    pub fn new(cfn: &Cfn, nonce: &str) -> Session {
        let (cancel, rx) = watch::channel(false);
        let mut s = Session::with(cfn, nonce, rx, None);
        s.cancel = cancel;
        s
    }

    /// `answer` replies to prompts; `cancel` is the Ctrl-C signal (its sender stays with
    /// the caller).
    pub fn answering(
        cfn: &Cfn,
        nonce: &str,
        cancel: watch::Receiver<bool>,
        answer: impl Fn(&str) -> bool + Send + Sync + 'static,
    ) -> Session {
        Session::with(cfn, nonce, cancel, Some(Box::new(answer)))
    }

    #[allow(clippy::type_complexity)]
    fn with(
        cfn: &Cfn,
        nonce: &str,
        rx: watch::Receiver<bool>,
        answer: Option<Box<dyn Fn(&str) -> bool + Send + Sync>>,
    ) -> Session {
        let (console, _out, err) = Console::capture();
        let console = match answer {
            Some(f) => console.answering(f),
            None => console,
        };
        let (cancel, _) = watch::channel(false);
        let ctx = ctx_over(cfn.client.clone(), console, rx, nonce);
        Session { ctx, err, cancel }
    }

    /// Standard error with runs of spaces collapsed, line by line.
    pub fn lines(&self) -> Vec<String> {
        self.err.text().lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
    }

    /// The event lines shown for a resource or the stack: `STATUS TYPE WHO[ REASON]`.
    pub fn events_shown(&self, stack: &str) -> Vec<String> {
        let prefix = format!("{stack} ");
        self.lines()
            .into_iter()
            .filter_map(|l| l.strip_prefix(&prefix).map(str::to_owned))
            .filter(|l| l.split(' ').nth(1).is_some_and(|t| t.starts_with("AWS::")))
            .collect()
    }
}
