//! Connecting to AWS (or any endpoint that speaks its APIs): credentials, region,
//! endpoints and the time limits every call runs under.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_credential_types::provider::ProvideCredentials;
use aws_sdk_cloudformation::config::interceptors::BeforeSerializationInterceptorContextRef;
use aws_sdk_cloudformation::config::{ConfigBag, Intercept};
use aws_smithy_runtime_api::box_error::BoxError;

use super::error::{DeployError, EndpointDown, ErrorKind};

/// The clients a deploy command needs, for one account and region.
#[derive(Clone, Debug)]
pub struct Aws {
    pub cfn: aws_sdk_cloudformation::Client,
    pub s3: aws_sdk_s3::Client,
    pub sts: aws_sdk_sts::Client,
    /// The Resource Groups Tagging API: what still carries a stack's tags.
    pub tagging: aws_sdk_resourcegroupstagging::Client,
    /// The credentials the clients sign with.
    pub credentials: Option<aws_credential_types::provider::SharedCredentialsProvider>,
    pub region: String,
    /// Where the clients send their calls, and the limits they run under, for messages.
    pub network: Arc<Network>,
}

/// The HTTPS client every AWS call goes through: hyper and rustls with the ring crypto
/// provider (the SDK's default, aws-lc-rs, costs a C build of most of a minute on a first
/// build, for no difference a deploy can notice). Certificates come from the system.
pub fn http_client() -> aws_sdk_cloudformation::config::SharedHttpClient {
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    aws_smithy_http_client::Builder::new().tls_provider(Provider::Rustls(CryptoMode::Ring)).build_https()
}

/// Default time to establish a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default time one attempt of a call may take; the call with its retries gets three times
/// as long.
pub const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(30);
/// How many attempts' worth of time a call with its retries may take.
const ATTEMPTS_PER_CALL: u32 = 3;

/// Profile, region and time limits as given on the command line; the rest comes from the
/// standard chain (environment, shared config and credentials files, SSO, instance roles).
#[derive(Debug, Clone)]
pub struct Connection {
    pub profile: Option<String>,
    pub region: Option<String>,
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Time one attempt of a call may take.
    pub call_timeout: Duration,
    /// The endpoints that did not answer a call of this run (shared by its regions).
    pub down: DownEndpoints,
}

impl Default for Connection {
    fn default() -> Self {
        Connection {
            profile: None,
            region: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            call_timeout: DEFAULT_CALL_TIMEOUT,
            down: DownEndpoints::default(),
        }
    }
}

/// The endpoints that left a call of this run unanswered until its time limit: every
/// later call to one of them fails at once instead of waiting out the limit again, so a
/// command against a dead endpoint ends within one call's time.
#[derive(Debug, Clone, Default)]
pub struct DownEndpoints(Arc<Mutex<BTreeSet<String>>>);

impl DownEndpoints {
    fn set(&self) -> std::sync::MutexGuard<'_, BTreeSet<String>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn mark(&self, endpoint: &str) {
        self.set().insert(endpoint.to_owned());
    }

    pub fn is_down(&self, endpoint: &str) -> bool {
        self.set().contains(endpoint)
    }
}

/// Fails a call at once when its endpoint is down ([`DownEndpoints`]).
#[derive(Debug)]
struct FailFast {
    endpoint: String,
    limit: Duration,
    down: DownEndpoints,
}

impl Intercept for FailFast {
    fn name(&self) -> &'static str {
        "forma-fail-fast"
    }

    fn read_before_execution(
        &self,
        _context: &BeforeSerializationInterceptorContextRef<'_>,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if self.down.is_down(&self.endpoint) {
            return Err(Box::new(EndpointDown { endpoint: self.endpoint.clone(), limit: self.limit }));
        }
        Ok(())
    }
}

impl Connection {
    /// The same connection in another region (for stacks pinned there).
    pub fn in_region(&self, region: &str) -> Connection {
        Connection { region: Some(region.to_owned()), ..self.clone() }
    }
}

/// Where calls go and how long they may take: what a message about an endpoint that does
/// not answer needs to say.
#[derive(Debug, Clone)]
pub struct Network {
    /// The CloudFormation endpoint, as configured or as the SDK derives it.
    pub cloudformation: String,
    pub s3: String,
    pub sts: String,
    pub tagging: String,
    pub connect_timeout: Duration,
    pub call_timeout: Duration,
    /// Endpoints that timed out in this run.
    pub down: DownEndpoints,
}

impl Network {
    /// Time limits with the endpoints the SDK uses for `region` unless the environment
    /// names others.
    pub fn new(region: &str, connect_timeout: Duration, call_timeout: Duration) -> Network {
        let endpoint = |service: &str, host: &str| {
            env_endpoint(service).unwrap_or_else(|| format!("https://{host}.{region}.amazonaws.com"))
        };
        Network {
            cloudformation: endpoint("CLOUDFORMATION", "cloudformation"),
            s3: endpoint("S3", "s3"),
            sts: endpoint("STS", "sts"),
            tagging: endpoint("RESOURCE_GROUPS_TAGGING_API", "tagging"),
            connect_timeout,
            call_timeout,
            down: DownEndpoints::default(),
        }
    }

    /// A client's guard against calls to an endpoint that is down.
    fn fail_fast(&self, service: &str) -> FailFast {
        FailFast { endpoint: self.endpoint(service).to_owned(), limit: self.call_timeout, down: self.down.clone() }
    }

    /// The endpoint of a service by its SDK crate's short name (`cloudformation`, `s3`, ...).
    pub fn endpoint(&self, service: &str) -> &str {
        match service {
            "s3" => &self.s3,
            "sts" => &self.sts,
            "tagging" => &self.tagging,
            _ => &self.cloudformation,
        }
    }

    /// Completes a time-out or connection error with the endpoint and the limit that ran
    /// out; other errors pass through.
    pub fn explain(&self, mut e: DeployError) -> DeployError {
        let service = e.service.unwrap_or("cloudformation");
        let endpoint = self.endpoint(service).to_owned();
        let secs = |d: Duration| format!("{}s", d.as_secs_f64());
        if e.kind == ErrorKind::Timeout {
            // Later calls to it fail at once (FailFast).
            self.down.mark(&endpoint);
        }
        match e.kind {
            ErrorKind::Timeout if !e.message.contains(&endpoint) => {
                e.message = format!(
                    "{} from {endpoint} within {} (--call-timeout; {} with retries)",
                    e.message,
                    secs(self.call_timeout),
                    secs(self.call_timeout * ATTEMPTS_PER_CALL),
                );
                e.hint = Some(
                    "the endpoint accepted the connection but did not answer: check AWS_ENDPOINT_URL and the network, or allow more time with --call-timeout SECS".into(),
                );
            }
            ErrorKind::Connection if e.message.contains("cannot reach") && !e.message.contains(&endpoint) => {
                e.message = format!("{} ({endpoint}, --connect-timeout {})", e.message, secs(self.connect_timeout));
            }
            _ => {}
        }
        e
    }
}

/// The environment variables that point clients at another endpoint, in the order the
/// SDK reads them: the service's own first.
fn endpoint_vars(service: &str) -> [String; 2] {
    [format!("AWS_ENDPOINT_URL_{service}"), "AWS_ENDPOINT_URL".to_owned()]
}

fn env_endpoint(service: &str) -> Option<String> {
    endpoint_vars(service).iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
}

/// Why an endpoint URL from the environment cannot be used, or `None` when it can.
pub fn endpoint_problem(url: &str) -> Option<&'static str> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Some("it has no scheme (http:// or https://)");
    };
    if !matches!(scheme, "http" | "https") {
        return Some("its scheme is not http or https");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some("it contains white space");
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || host_port.starts_with('[') => (h, Some(p)),
        _ => (host_port, None),
    };
    if host.is_empty() || host == "[]" {
        return Some("it has no host");
    }
    if let Some(p) = port {
        if p.is_empty() || p.parse::<u16>().is_err() {
            return Some("its port is not a number from 0 to 65535");
        }
    }
    None
}

/// Checks the endpoint variables of the services forma calls before any client reads
/// them: a malformed one is one clear line, not the SDK's request dump.
fn check_endpoint_env() -> Result<(), DeployError> {
    let mut names = vec!["AWS_ENDPOINT_URL".to_owned()];
    names.extend(["CLOUDFORMATION", "S3", "STS"].map(|s| format!("AWS_ENDPOINT_URL_{s}")));
    for name in names {
        let Ok(value) = std::env::var(&name) else { continue };
        if value.is_empty() {
            continue;
        }
        if let Some(problem) = endpoint_problem(&value) {
            return Err(DeployError::new(ErrorKind::Connection, format!("{name}={value:?} is not a URL: {problem}"))
                .hint(format!("set {name} to an endpoint such as http://127.0.0.1:5000, or unset it to use AWS")));
        }
    }
    Ok(())
}

/// Whether the shared config or credentials files define `profile`; `Err` with the
/// profiles they do define otherwise.
async fn check_profile(profile: &str) -> Result<(), DeployError> {
    use aws_runtime::env_config::file::EnvConfigFiles as ProfileFiles;
    use aws_types::os_shim_internal::{Env, Fs};
    let set = aws_config::profile::load(&Fs::real(), &Env::real(), &ProfileFiles::default(), None).await;
    let known: Vec<String> = match &set {
        Ok(set) if set.get_profile(profile).is_some() => return Ok(()),
        Ok(set) => {
            let mut names: Vec<String> = set.profiles().map(str::to_owned).collect();
            names.sort();
            names
        }
        Err(e) => {
            return Err(DeployError::new(
                ErrorKind::Connection,
                format!("the AWS profile {profile:?} cannot be read: {e}"),
            )
            .hint("fix the shared config file (~/.aws/config, or AWS_CONFIG_FILE)"))
        }
    };
    let hint = if known.is_empty() {
        "no profiles are defined in ~/.aws/config or ~/.aws/credentials (or AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE)".to_owned()
    } else {
        format!("the profiles defined: {}", known.join(", "))
    };
    Err(DeployError::new(ErrorKind::Connection, format!("the AWS profile {profile:?} does not exist")).hint(hint))
}

/// The profile in use: `--profile`, else `AWS_PROFILE`.
fn selected_profile(conn: &Connection) -> Option<String> {
    conn.profile.clone().or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()))
}

impl Aws {
    /// Loads the configuration and builds the clients. `AWS_ENDPOINT_URL` (and the
    /// per-service `AWS_ENDPOINT_URL_<SERVICE>`) point them at another endpoint.
    ///
    /// `--profile` wins over credentials in the environment, as with the AWS CLI; a
    /// profile that does not exist is an error naming it. Every call gets the connection's
    /// time limits.
    pub async fn connect(conn: &Connection) -> Result<Aws, DeployError> {
        check_endpoint_env()?;
        let profile = selected_profile(conn);
        if let Some(p) = &profile {
            check_profile(p).await?;
        }
        let timeouts = TimeoutConfig::builder()
            .connect_timeout(conn.connect_timeout)
            .operation_attempt_timeout(conn.call_timeout)
            .operation_timeout(conn.call_timeout * ATTEMPTS_PER_CALL)
            .build();
        let mut loader =
            aws_config::defaults(BehaviorVersion::latest()).timeout_config(timeouts).http_client(http_client());
        if let Some(p) = &profile {
            loader = loader.profile_name(p);
        }
        if let Some(p) = &conn.profile {
            // The profile's own credentials, not the environment's keys ahead of them.
            let providers =
                aws_config::provider_config::ProviderConfig::without_region().with_http_client(http_client());
            loader = loader.credentials_provider(
                aws_config::profile::ProfileFileCredentialsProvider::builder()
                    .configure(&providers)
                    .profile_name(p)
                    .build(),
            );
        }
        if let Some(r) = &conn.region {
            loader = loader.region(Region::new(r.clone()));
        }
        let config = loader.load().await;
        let Some(region) = config.region().map(|r| r.to_string()) else {
            return Err(DeployError::new(ErrorKind::Connection, "no AWS region is configured")
                .hint("pass --region, set AWS_REGION, or set a region in the profile"));
        };
        if let Some(problem) = forma_dsl::naming::region(&region) {
            return Err(DeployError::new(ErrorKind::Connection, format!("the region {problem}"))
                .hint("pass --region, set AWS_REGION, or set a region in the profile"));
        }
        if config.credentials_provider().is_none() {
            return Err(DeployError::new(ErrorKind::Connection, "no AWS credentials are configured").hint(
                "set AWS_PROFILE (or --profile), run aws sso login, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
            ));
        }
        // A custom endpoint (an emulator, a proxy) rarely serves bucket subdomains.
        let custom_s3 = env_endpoint("S3").is_some();
        let mut network = Network::new(&region, conn.connect_timeout, conn.call_timeout);
        network.down = conn.down.clone();
        let s3_config = aws_sdk_s3::config::Builder::from(&config)
            .force_path_style(custom_s3)
            .interceptor(network.fail_fast("s3"))
            .build();
        let cfn_config = aws_sdk_cloudformation::config::Builder::from(&config)
            .interceptor(network.fail_fast("cloudformation"))
            .build();
        let sts_config = aws_sdk_sts::config::Builder::from(&config).interceptor(network.fail_fast("sts")).build();
        let tagging_config = aws_sdk_resourcegroupstagging::config::Builder::from(&config)
            .interceptor(network.fail_fast("tagging"))
            .build();
        Ok(Aws {
            cfn: aws_sdk_cloudformation::Client::from_conf(cfn_config),
            s3: aws_sdk_s3::Client::from_conf(s3_config),
            sts: aws_sdk_sts::Client::from_conf(sts_config),
            tagging: aws_sdk_resourcegroupstagging::Client::from_conf(tagging_config),
            credentials: config.credentials_provider(),
            network: Arc::new(network),
            region,
        })
    }

    /// The access key id the clients sign with (resolving the credentials chain).
    pub async fn access_key_id(&self) -> Result<String, DeployError> {
        let provider = self.credentials.as_ref().ok_or_else(|| {
            DeployError::new(ErrorKind::Connection, "no AWS credentials are configured")
                .hint("set AWS_PROFILE (or --profile), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
        })?;
        let creds = provider.provide_credentials().await.map_err(|e| {
            DeployError::new(ErrorKind::Connection, format!("no usable AWS credentials: {e}")).hint(
                "set AWS_PROFILE (or --profile), run aws sso login, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
            )
        })?;
        Ok(creds.access_key_id().to_owned())
    }

    /// The account the credentials belong to (STS `GetCallerIdentity`).
    pub async fn account(&self) -> Result<String, DeployError> {
        let out = self
            .sts
            .get_caller_identity()
            .send()
            .await
            .map_err(|e| self.network.explain(DeployError::aws("GetCallerIdentity", &e)))?;
        out.account().map(str::to_owned).ok_or_else(|| {
            DeployError::new(ErrorKind::Failed, "GetCallerIdentity answered without an account")
                .hint("check AWS_ENDPOINT_URL: the endpoint does not behave like STS")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_urls_are_checked() {
        assert_eq!(endpoint_problem("http://127.0.0.1:5000"), None);
        assert_eq!(endpoint_problem("https://cloudformation.eu-west-1.amazonaws.com/"), None);
        assert_eq!(endpoint_problem("http://[::1]:4566"), None);
        assert_eq!(endpoint_problem("http://localhost"), None);
        assert_eq!(endpoint_problem("localhost:4566"), Some("it has no scheme (http:// or https://)"));
        assert_eq!(endpoint_problem("ftp://x"), Some("its scheme is not http or https"));
        assert_eq!(endpoint_problem("http://"), Some("it has no host"));
        assert_eq!(endpoint_problem("http://host:port"), Some("its port is not a number from 0 to 65535"));
        assert_eq!(endpoint_problem("http://a b"), Some("it contains white space"));
    }

    #[test]
    fn time_outs_name_the_endpoint_and_the_limit() {
        let n = Network {
            cloudformation: "http://127.0.0.1:9".into(),
            s3: "http://s3.local".into(),
            sts: String::new(),
            tagging: String::new(),
            connect_timeout: Duration::from_secs(5),
            call_timeout: Duration::from_secs(2),
            down: DownEndpoints::default(),
        };
        let e = n.explain(DeployError::new(ErrorKind::Timeout, "DescribeStacks: no answer").stack("Web"));
        assert_eq!(
            e.to_string(),
            "Web: DescribeStacks: no answer from http://127.0.0.1:9 within 2s (--call-timeout; 6s with retries)"
        );
        assert!(e.hint.as_deref().is_some_and(|h| h.contains("--call-timeout")));
        let mut s3 = DeployError::new(ErrorKind::Timeout, "PutObject: no answer");
        s3.service = Some("s3");
        assert!(n.explain(s3).message.contains("from http://s3.local within"));
        let other = DeployError::new(ErrorKind::Failed, "x");
        assert_eq!(n.explain(other.clone()), other);
    }
}
