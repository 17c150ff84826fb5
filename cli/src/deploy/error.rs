//! Deployer errors: what went wrong, about which stack, and the obvious next step.

use std::fmt;

use aws_sdk_cloudformation::error::ProvideErrorMetadata;

/// A deploy command failed for one stack (or before any stack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployError {
    /// The stack concerned, if any.
    pub stack: Option<String>,
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// The service of the failed call (`cloudformation`, `s3`, `sts`), when it was
    /// an AWS call: says which endpoint a time-out was waiting for.
    pub service: Option<&'static str>,
    /// Worth asking again in a moment: throttling, or the service's own failure (HTTP 5xx,
    /// `InternalFailure`, `ServiceUnavailable`).
    pub transient: bool,
}

/// What kind of failure, for callers that react to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// No credentials, wrong region, unreachable endpoint.
    Connection,
    /// The assembly is missing or unreadable, or the arguments do not fit it.
    Input,
    /// CloudFormation refused or failed the operation.
    Failed,
    /// The stack is in a state this command cannot work from.
    State,
    /// A risky change needs `--yes`.
    NeedsConfirmation,
    /// Ctrl-C: CloudFormation goes on, forma stopped waiting.
    Interrupted,
    /// An endpoint accepted the connection and did not answer in time.
    Timeout,
}

impl DeployError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        DeployError { stack: None, kind, message: message.into(), hint: None, service: None, transient: false }
    }

    /// The stack concerned, by name: given a stack id (an ARN), its name is used, and
    /// stack ARNs in the message become names too.
    pub fn stack(mut self, name_or_id: &str) -> Self {
        self.stack = Some(stack_name(name_or_id).to_owned());
        self.message = names_for_arns(&self.message);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// An error from an AWS call, with a hint for the common causes.
    pub fn aws<E>(
        action: &str,
        err: &aws_smithy_runtime_api::client::result::SdkError<E, aws_smithy_runtime_api::http::Response>,
    ) -> Self
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        let mut e = Self::from_sdk(action, err);
        e.service = Some(service_of::<E>());
        e.message = names_for_arns(&e.message);
        e
    }

    fn from_sdk<E>(
        action: &str,
        err: &aws_smithy_runtime_api::client::result::SdkError<E, aws_smithy_runtime_api::http::Response>,
    ) -> Self
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        use aws_smithy_runtime_api::client::result::SdkError;
        if let Some(down) = source_of::<EndpointDown>(err) {
            return DeployError::new(ErrorKind::Timeout, format!("{action}: not sent: {down}"));
        }
        let (code, message) = match err {
            SdkError::ServiceError(e) => match e.err().code() {
                Some(code) => (code.to_owned(), e.err().message().unwrap_or("").to_owned()),
                None => return http_error(action, e.raw().status().as_u16()),
            },
            SdkError::DispatchFailure(_) if chain(err).contains("credential") => {
                return DeployError::new(
                    ErrorKind::Connection,
                    format!("{action}: no usable AWS credentials: {}", chain(err)),
                )
                .hint(
                    "set AWS_PROFILE (or --profile), run aws sso login, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
                );
            }
            SdkError::DispatchFailure(e) if e.is_timeout() => {
                return DeployError::new(ErrorKind::Connection, format!("{action}: cannot reach the endpoint: the connection timed out"))
                    .hint("check the network and the endpoint (AWS_ENDPOINT_URL, --region), or allow more time with --connect-timeout SECS");
            }
            SdkError::DispatchFailure(_) => {
                // The connection failed (refused, reset, closed, a name that does not
                // resolve): the network or the endpoint, whatever the SDK calls it.
                return DeployError::new(ErrorKind::Connection, format!("{action}: cannot reach AWS: {}", chain(err)))
                    .hint("check the network and the endpoint (AWS_ENDPOINT_URL, --region), then run again");
            }
            SdkError::ConstructionFailure(_) => {
                return DeployError::new(ErrorKind::Connection, format!("{action}: {}", chain(err)))
                    .hint("check the credentials (AWS_PROFILE, --profile) and the region (--region or AWS_REGION)");
            }
            SdkError::TimeoutError(_) => {
                return DeployError::new(ErrorKind::Timeout, format!("{action}: no answer"))
                    .hint("check the network and the endpoint (AWS_ENDPOINT_URL), or allow more time with --call-timeout SECS");
            }
            SdkError::ResponseError(r) => {
                let status = r.raw().status().as_u16();
                if status >= 400 {
                    return http_error(action, status);
                }
                ("Error".to_owned(), chain(err))
            }
            _ => ("Error".to_owned(), chain(err)),
        };
        let text = if message.is_empty() { code.clone() } else { format!("{code}: {message}") };
        let mut e = DeployError::new(ErrorKind::Failed, format!("{action}: {text}"));
        e.transient = is_transient_code(&code);
        match code.as_str() {
            "ExpiredToken"
            | "ExpiredTokenException"
            | "InvalidClientTokenId"
            | "UnrecognizedClientException"
            | "SignatureDoesNotMatch" => e.kind(ErrorKind::Connection).hint(
                "the credentials are missing, wrong or expired: refresh them (aws sso login, AWS_PROFILE, --profile)",
            ),
            "AccessDenied" | "AccessDeniedException" => {
                e.hint("the credentials lack a permission; check the role or user policy for this action")
            }
            _ if message.contains("is in ") && message.contains("state and can not be updated") => {
                e.kind(ErrorKind::State).hint("wait for the stack's current operation to finish, then run again")
            }
            _ if export_in_use(&message) => e.hint(EXPORT_IN_USE_HINT),
            _ => e,
        }
    }

    fn kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }
}

/// An HTTP error answer that carries no AWS error code (a proxy's or an emulator's page):
/// the status and the call, with a hint that depends on the status.
fn http_error(action: &str, status: u16) -> DeployError {
    let (kind, hint) = match status {
        401 | 403 => (
            ErrorKind::Connection,
            "the endpoint refused the credentials: check them (AWS_PROFILE, --profile, aws sso login) and AWS_ENDPOINT_URL",
        ),
        404 | 405 | 501 => (ErrorKind::Failed, "the endpoint does not implement this action; check AWS_ENDPOINT_URL"),
        429 => (ErrorKind::Failed, "the endpoint is throttling requests: wait a little and run again"),
        500..=599 => (
            ErrorKind::Failed,
            "the endpoint itself failed (a server error): run again later, or check AWS_ENDPOINT_URL",
        ),
        _ => (ErrorKind::Failed, "check AWS_ENDPOINT_URL and the request's arguments"),
    };
    let mut e = DeployError::new(kind, format!("{action}: HTTP {status} without an AWS error code")).hint(hint);
    e.transient = status == 429 || (500..=599).contains(&status);
    e
}

/// Error codes that mean "ask again in a moment": throttling and the service's own failures.
pub fn is_transient_code(code: &str) -> bool {
    matches!(
        code,
        "Throttling"
            | "ThrottlingException"
            | "RequestLimitExceeded"
            | "TooManyRequestsException"
            | "InternalFailure"
            | "InternalError"
            | "InternalServerError"
            | "ServiceUnavailable"
            | "ServiceUnavailableException"
    )
}

/// The first error of type `T` among `err` and its sources.
fn source_of<'a, T: std::error::Error + 'static>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a T> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(found) = e.downcast_ref::<T>() {
            return Some(found);
        }
        cur = e.source();
    }
    None
}

/// The SDK crate an error type comes from: `aws_sdk_s3::...` is `s3`.
fn service_of<E>() -> &'static str {
    let name = std::any::type_name::<E>();
    ["cloudformation", "s3", "sts"]
        .into_iter()
        .find(|s| name.starts_with("aws_sdk_") && name[8..].starts_with(s) && name[8 + s.len()..].starts_with("::"))
        .unwrap_or("cloudformation")
}

/// A stack's name from its name or id (`arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/UUID`).
pub fn stack_name(name_or_id: &str) -> &str {
    match name_or_id.split_once(":stack/") {
        Some((prefix, rest)) if prefix.starts_with("arn:") => rest.split('/').next().unwrap_or(rest),
        _ => name_or_id,
    }
}

/// The text with every stack ARN replaced by the stack's name: messages name stacks by
/// name.
pub fn names_for_arns(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("arn:aws") {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let end = from
            .find(|c: char| c.is_whitespace() || matches!(c, ']' | ')' | '"' | '\'' | ',' | ';'))
            .unwrap_or(from.len());
        let arn = &from[..end];
        match arn.split_once(":stack/") {
            // A stack id: the name, then its UUID. A pattern (`stack/Web/*` in a policy
            // message) is no stack id and stays as it is.
            Some((prefix, tail))
                if prefix.starts_with("arn:aws")
                    && !prefix.contains('/')
                    && tail.split_once('/').is_some_and(|(_, id)| is_uuid_start(id)) =>
            {
                let (name, id) = tail.split_once('/').unwrap_or((tail, ""));
                out.push_str(name);
                // Keep what followed the stack's UUID (a sentence's full stop, say).
                out.push_str(id.trim_start_matches(|c: char| c.is_ascii_hexdigit() || c == '-'));
            }
            _ => out.push_str(arn),
        }
        rest = &from[end..];
    }
    out.push_str(rest);
    out
}

/// Whether `id` starts like a stack's UUID (`5b8a3c10-2f1e-...`).
fn is_uuid_start(id: &str) -> bool {
    id.get(..36)
        .is_some_and(|p| p.chars().all(|c| c.is_ascii_hexdigit() || c == '-') && p.as_bytes().get(8) == Some(&b'-'))
}

/// The hint for an export that another stack still imports.
pub(crate) const EXPORT_IN_USE_HINT: &str = "another stack imports this export: destroy or update that stack first (forma destroy includes the stacks that depend on this one)";

/// Whether CloudFormation's text says an export is still imported ("Export X cannot be
/// deleted as it is in use by Y").
pub(crate) fn export_in_use(text: &str) -> bool {
    text.contains("Export") && text.contains("in use by")
}

/// The error and its sources, joined.
fn chain(err: &dyn std::error::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut cur = err.source();
    while let Some(e) = cur {
        let s = e.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
        cur = e.source();
    }
    parts.join(": ")
}

impl fmt::Display for DeployError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.stack {
            Some(s) => write!(f, "{s}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for DeployError {}

/// The error a call to a down endpoint fails with, before anything is sent.
#[derive(Debug, Clone)]
pub struct EndpointDown {
    pub endpoint: String,
    pub limit: std::time::Duration,
}

impl std::fmt::Display for EndpointDown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} did not answer an earlier call of this run within {}s (--call-timeout)",
            self.endpoint,
            self.limit.as_secs_f64()
        )
    }
}

impl std::error::Error for EndpointDown {}

#[cfg(test)]
mod tests {
    use super::*;

    const ARN: &str =
        "arn:aws:cloudformation:us-east-1:123456789012:stack/Storage/5b8a3c10-2f1e-11ef-a9b4-0e8d9c6f0001";

    #[test]
    fn stacks_are_named_by_name_not_by_arn() {
        assert_eq!(stack_name(ARN), "Storage");
        assert_eq!(stack_name("Storage"), "Storage");
        assert_eq!(
            names_for_arns(&format!("Stack:{ARN} is in UPDATE_IN_PROGRESS state and can not be updated.")),
            "Stack:Storage is in UPDATE_IN_PROGRESS state and can not be updated."
        );
        assert_eq!(names_for_arns(&format!("[{ARN}], [{ARN}]")), "[Storage], [Storage]");
        let other = "arn:aws:s3:::bucket/key and arn:aws:iam::123456789012:role/x on arn:aws:cloudformation:us-east-1:123456789012:stack/Web/*";
        assert_eq!(names_for_arns(other), other);
        let e = DeployError::new(ErrorKind::Failed, format!("DeleteStack: ValidationError: {ARN} failed")).stack(ARN);
        assert_eq!(e.to_string(), "Storage: DeleteStack: ValidationError: Storage failed");
    }

    #[test]
    fn http_errors_without_a_code_name_the_status_and_the_call() {
        let e = http_error("DescribeStacks", 403);
        assert_eq!(e.message, "DescribeStacks: HTTP 403 without an AWS error code");
        assert!(e.hint.as_deref().is_some_and(|h| h.contains("credentials")), "{:?}", e.hint);
        let e = http_error("CreateChangeSet", 502);
        assert!(e.hint.as_deref().is_some_and(|h| h.contains("endpoint itself failed")), "{:?}", e.hint);
        assert!(http_error("ListImports", 501).hint.is_some_and(|h| h.contains("does not implement")));
    }

    #[test]
    fn a_connection_that_fails_gets_a_network_hint_whatever_the_sdk_calls_it() {
        use aws_sdk_cloudformation::operation::describe_stacks::DescribeStacksError;
        use aws_smithy_runtime_api::client::result::{ConnectorError, SdkError};
        use aws_smithy_runtime_api::http::Response;
        let reset = || std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection reset by peer");
        for connector in [ConnectorError::io(Box::new(reset())), ConnectorError::other(Box::new(reset()), None)] {
            let err: SdkError<DescribeStacksError, Response> = SdkError::dispatch_failure(connector);
            let e = DeployError::aws("DescribeStacks", &err);
            assert_eq!(e.kind, ErrorKind::Connection);
            assert!(e.message.contains("connection reset by peer"), "{}", e.message);
            let hint = e.hint.unwrap_or_default();
            assert!(hint.contains("network") && !hint.contains("credentials"), "{hint}");
        }
    }

    #[test]
    fn service_failures_and_throttling_are_worth_asking_again() {
        assert!(http_error("DescribeStackResources", 500).transient, "moto's and proxies' 500 pages");
        assert!(http_error("DescribeStacks", 503).transient);
        assert!(!http_error("DescribeStacks", 403).transient);
        assert!(is_transient_code("InternalFailure") && is_transient_code("Throttling"));
        assert!(!is_transient_code("ValidationError"));
    }

    #[test]
    fn the_service_of_an_error_is_its_sdk_crate() {
        assert_eq!(service_of::<aws_sdk_s3::operation::put_object::PutObjectError>(), "s3");
        assert_eq!(service_of::<aws_sdk_sts::operation::get_caller_identity::GetCallerIdentityError>(), "sts");
        assert_eq!(
            service_of::<aws_sdk_cloudformation::operation::describe_stacks::DescribeStacksError>(),
            "cloudformation"
        );
    }
}
