//! `signed-cache`: a verifying cache. The `Fetcher` function fetches the resources listed in
//! an SSM parameter, checks each one's HMAC-SHA256 signature (published beside it as
//! `<url>.sig`) with a shared key, and saves the verified ones in the `Cache` bucket — every
//! hour, and on a signed request to its function URL (IAM auth).
//!
//! Its code ships through the `Artifacts` bucket: a `.zip` landing there is announced by S3
//! on the `CodeUploads` topic (encrypted with a key of its own, which S3 may use), and the
//! `Updater` function deploys it to the fetcher — it may update that one function's code
//! and read the bucket, nothing else. The fetcher's first code is an asset, since the
//! bucket is empty on the first morning.
//!
//! The HMAC key is never in a template: the operator keeps it in a SecureString parameter
//! (`aws ssm put-parameter --type SecureString --name /signed-cache/signing-key ...`), whose
//! name is the `SigningKeyParameter` stack parameter; the fetcher may read that one parameter.

use std::time::Duration;

use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::iam::PolicyStatement;
use forma_dsl::intrinsic::sub;
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime, UrlAuth};
use forma_dsl::logs::Retention;
use forma_dsl::prelude::*;
use forma_dsl::s3::{Bucket, BucketProps, EventType};
use forma_dsl::sns::{Subscription, Topic, TopicEncryption, TopicProps};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::{App, Output, ParameterDef, RemovalPolicy, Value};

/// Where the functions' code lives.
const CODE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/signed_cache");

/// Adds the `signed-cache` stack to `app`.
pub fn signed_cache(app: &App) {
    let stack = app.stack("signed-cache");
    stack
        .description("signed-cache: fetches signed resources hourly, keeps the verified ones in S3; code deployed from an artifacts bucket")
        .tag("system", "signed-cache")
        .removal_policy(RemovalPolicy::Destroy);

    let signing_key = stack.add_parameter(
        "SigningKeyParameter",
        ParameterDef::string()
            .description("Name of the SecureString parameter holding the shared HMAC key (made outside this stack)")
            .default("/signed-cache/signing-key")
            .allowed_pattern("^/[a-zA-Z0-9_.\\-/]+$")
            .constraint_description("a parameter name starting with /"),
    );
    let source_urls = stack.add_parameter(
        "SourceUrls",
        ParameterDef::string()
            .description("The resources to cache: a JSON list of https URLs, each signed at <url>.sig")
            .default("[]"),
    );

    let cache = Bucket::new(&stack, "Cache", BucketProps::default());
    let artifacts = Bucket::new(&stack, "Artifacts", BucketProps::default().versioned());
    let sources = StringParameter::new(
        &stack,
        "Sources",
        StringParameterProps::new(source_urls.value())
            .parameter_name("/signed-cache/sources")
            .description("The resources the fetcher caches (JSON list of https URLs)"),
    );

    let fetcher = Function::new(
        &stack,
        "Fetcher",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::from_dir(format!("{CODE}/fetcher")))
            .description("Fetches the listed resources, verifies their signatures, caches the verified ones")
            .timeout(Duration::from_secs(120))
            .memory_mib(256)
            .log_retention(Retention::TwoWeeks)
            .environment("SOURCES_PARAMETER", sources.name())
            .environment("SIGNING_KEY_PARAMETER", signing_key.value())
            .environment("CACHE_BUCKET", cache.name()),
    );
    cache.grant_put(&fetcher);
    sources.grant_read(&fetcher);
    let key_arn: Value<String> = sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${Name}")
        .var("Name", signing_key.value())
        .into();
    // A SecureString under the AWS managed key (aws/ssm) decrypts through SSM without a KMS
    // statement: that key's policy lets the account's principals use it via SSM.
    fetcher.role().add_to_policy(PolicyStatement::allow().action("ssm:GetParameter").resource(key_arn));

    let hourly = Rule::new(
        &stack,
        "Hourly",
        RuleProps::schedule(Schedule::hourly()).description("Refreshes the signed cache every hour"),
    );
    hourly.add_target(RuleTarget::function(&fetcher));
    let url = fetcher.add_url(UrlAuth::Iam);

    // S3 publishes on its own behalf, which the AWS managed SNS key does not allow.
    let topic_key = Key::new(
        &stack,
        "TopicKey",
        KeyProps::default().description("Encrypts the signed-cache code-upload topic").pending_window_days(7),
    );
    let uploads = Topic::new(&stack, "CodeUploads", TopicProps::default().encryption(TopicEncryption::Kms(topic_key)));
    artifacts.add_event_notification(EventType::ObjectCreated, &uploads, None, Some(".zip"));

    let updater = Function::new(
        &stack,
        "Updater",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::from_dir(format!("{CODE}/updater")))
            .description("Deploys a code package uploaded to the artifacts bucket to the fetcher")
            .timeout(Duration::from_secs(30))
            .log_retention(Retention::TwoWeeks)
            .environment("FUNCTION_NAME", fetcher.name())
            .environment("ARTIFACTS_BUCKET", artifacts.name()),
    );
    fetcher.grant_update_code(&updater);
    artifacts.grant_read(&updater);
    uploads.add_subscription(Subscription::lambda(&updater));

    stack.add_output("FetcherUrl", Output::new(url.url()).description("Signed (IAM) URL that runs the fetcher now"));
    stack.add_output("FetcherName", Output::new(fetcher.name()).description("The fetcher function"));
    stack.add_output("CacheBucket", Output::new(cache.name()).description("Where verified resources are cached"));
    stack.add_output(
        "ArtifactsBucket",
        Output::new(artifacts.name()).description("Upload a .zip here to deploy new fetcher code"),
    );
}
