//! How messages look on a terminal.

use std::io::IsTerminal;

use forma_dsl::{Diagnostic, Severity};

/// Terminal styling: colours on when stderr is a terminal and `NO_COLOR` is unset.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// Colours when stderr is a terminal and `NO_COLOR` is not set.
    pub fn detect() -> Self {
        Style { color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn green(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }

    pub fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }

    /// `error: message`, with `error` in red.
    pub fn error_line(&self, message: &str) -> String {
        format!("{}: {message}", self.paint("1;31", "error"))
    }

    /// A diagnostic in the form `error[code] path: message`, its location and its hint.
    pub fn diagnostic(&self, d: &Diagnostic) -> String {
        let head = format!("{}[{}]", d.severity.as_str(), d.code);
        let head = match d.severity {
            Severity::Error => self.paint("1;31", &head),
            Severity::Warning => self.paint("1;33", &head),
            Severity::Note => self.paint("1;36", &head),
        };
        let mut s = format!("{head} {}: {}", self.bold(&d.path), d.message);
        if let Some(loc) = d.location {
            s.push_str(&format!("\n  {} {}:{}:{}", self.dim("-->"), loc.file(), loc.line(), loc.column()));
        }
        if let Some(hint) = &d.hint {
            s.push_str(&format!("\n  {} {hint}", self.paint("36", "hint:")));
        }
        s
    }
}
