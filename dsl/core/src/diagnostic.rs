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
