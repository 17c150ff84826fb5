//! Problems found in stack code, each naming the construct it concerns.
//!
//! Construct code never panics on bad input: it records a [`Diagnostic`] and carries on, and
//! synthesis reports every diagnostic together before anything is written.

use std::fmt;
use std::panic::Location;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; synthesis goes on.
    Note,
    /// Likely a mistake; synthesis goes on.
    Warning,
    /// Synthesis stops and writes nothing.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem: a stable code, the construct path, a one-line message and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable, kebab-case: `duplicate-id`, `stack-cycle`, ...
    pub code: &'static str,
    /// The construct path (`Web/Api/Handler`), or the stack name for stack-level problems.
    pub path: String,
    pub message: String,
    /// The obvious next step, if there is one.
    pub hint: Option<String>,
    /// Where in the stack code the construct was created.
    pub location: Option<&'static Location<'static>>,
}

impl Diagnostic {
    pub fn error(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            path: path.into(),
            message: message.into(),
            hint: None,
            location: None,
        }
    }

    pub fn warning(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, path, message) }
    }

    pub fn note(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Note, ..Diagnostic::error(code, path, message) }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn at(mut self, location: &'static Location<'static>) -> Self {
        self.location = Some(location);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Whether `location` is in forma's own source — the core, the constructs, the generated
/// resource types — rather than in the stack code that uses them. A diagnostic that would
/// point there points at the user's line instead ([`crate::model::Model::user_location`]).
///
/// forma's crates sit side by side: `dsl/core`, `dsl/cfn` and `dsl` in forma's workspace (or a
/// git checkout of it), `forma-core-<version>`, `forma-cfn-<version>` and
/// `forma-dsl-<version>` in a registry; this file's own path tells which.
pub fn in_forma(location: &Location<'_>) -> bool {
    in_forma_source(&slashes(location.file()), &slashes(file!()))
}

fn slashes(path: &str) -> std::borrow::Cow<'_, str> {
    if path.contains('\\') {
        std::borrow::Cow::Owned(path.replace('\\', "/"))
    } else {
        std::borrow::Cow::Borrowed(path)
    }
}

/// Whether `file` is forma's source, given `here`, the path of this very file.
fn in_forma_source(file: &str, here: &str) -> bool {
    let Some(core) = here.strip_suffix("src/diagnostic.rs") else { return false };
    if let Some(root) = core.strip_suffix("core/") {
        // forma's workspace: `<root>/core/src`, `<root>/cfn/src`, `<root>/src`.
        return file.strip_prefix(root).is_some_and(|rest| {
            rest.starts_with("src/") || rest.starts_with("core/src/") || rest.starts_with("cfn/src/")
        });
    }
    // A registry: `<parent>/forma-core-<version>/src`, and its siblings.
    let parent = core.trim_end_matches('/').rsplit_once('/').map_or("", |(p, _)| p);
    file.strip_prefix(parent).and_then(|rest| rest.strip_prefix('/')).is_some_and(|rest| {
        ["forma-core-", "forma-cfn-", "forma-dsl-"].iter().any(|c| rest.starts_with(c))
            && rest.split_once('/').is_some_and(|(_, inner)| inner.starts_with("src/"))
    })
}

impl fmt::Display for Diagnostic {
    /// `error[duplicate-id] Web/Api: message`, then `  --> file:line:col` and `  hint: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}] {}: {}", self.severity.as_str(), self.code, self.path, self.message)?;
        if let Some(loc) = self.location {
            write!(f, "\n  --> {}:{}:{}", loc.file(), loc.line(), loc.column())?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::in_forma_source;

    #[test]
    fn forma_source_is_told_from_stack_code() {
        let here = "dsl/core/src/diagnostic.rs";
        for file in ["dsl/src/dynamodb/table.rs", "dsl/core/src/scope.rs", "dsl/cfn/src/sqs/queue.rs"] {
            assert!(in_forma_source(file, here), "{file}");
        }
        for file in ["dsl/tests/data.rs", "stacks/src/web.rs", "src/main.rs", "dsl/cfn/tests/every_type.rs"] {
            assert!(!in_forma_source(file, here), "{file}");
        }
        let here = "/home/u/.cargo/registry/src/index.crates.io-6f17d22bba15001f/forma-core-0.1.0/src/diagnostic.rs";
        let registry = "/home/u/.cargo/registry/src/index.crates.io-6f17d22bba15001f/";
        assert!(in_forma_source(&format!("{registry}forma-dsl-0.1.0/src/s3/bucket.rs"), here));
        assert!(in_forma_source(&format!("{registry}forma-cfn-0.1.0/src/s3/bucket.rs"), here));
        assert!(!in_forma_source(&format!("{registry}serde-1.0.0/src/lib.rs"), here));
        assert!(!in_forma_source("/home/u/infra/src/main.rs", here));
    }
}
