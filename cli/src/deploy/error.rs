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
}

impl DeployError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        DeployError { stack: None, kind, message: message.into(), hint: None }
    }

    pub fn stack(mut self, name: &str) -> Self {
        self.stack = Some(name.to_owned());
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
        use aws_smithy_runtime_api::client::result::SdkError;
        let (code, message) = match err {
            SdkError::ServiceError(e) => match e.err().code() {
                Some(code) => (code.to_owned(), e.err().message().unwrap_or("").to_owned()),
                None => {
                    let status = e.raw().status().as_u16();
                    return DeployError::new(
                        ErrorKind::Failed,
                        format!("{action}: HTTP {status} without an error code"),
                    )
                    .hint("the endpoint may not implement this action; check AWS_ENDPOINT_URL");
                }
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
            SdkError::DispatchFailure(e) => {
                let hint = if e.is_io() || e.is_timeout() {
                    "check the network and the endpoint (AWS_ENDPOINT_URL, --region)"
                } else {
                    "check the credentials (AWS_PROFILE, --profile) and the region (--region)"
                };
                return DeployError::new(ErrorKind::Connection, format!("{action}: cannot reach AWS: {}", chain(err)))
                    .hint(hint);
            }
            SdkError::ConstructionFailure(_) => {
                return DeployError::new(ErrorKind::Connection, format!("{action}: {}", chain(err)))
                    .hint("check the credentials (AWS_PROFILE, --profile) and the region (--region or AWS_REGION)");
            }
            SdkError::TimeoutError(_) => {
                return DeployError::new(ErrorKind::Connection, format!("{action}: timed out"))
                    .hint("check the network and the endpoint");
            }
            _ => ("Error".to_owned(), chain(err)),
        };
        let text = if message.is_empty() { code.clone() } else { format!("{code}: {message}") };
        let e = DeployError::new(ErrorKind::Failed, format!("{action}: {text}"));
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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.stack {
            Some(s) => write!(f, "{s}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for DeployError {}
