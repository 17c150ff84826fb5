//! What synthesis reports when it refuses an app.

use std::fmt;

use forma_core::Diagnostic;

/// Synthesis found errors; nothing was written. Holds every diagnostic, errors and others.
#[derive(Debug, Clone)]
pub struct SynthError {
    pub diagnostics: Vec<Diagnostic>,
}

impl SynthError {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

impl fmt::Display for SynthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        let n = self.errors().count();
        write!(f, "synthesis failed with {n} error{}", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for SynthError {}
