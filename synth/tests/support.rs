//! Helpers shared by the synthesis tests.

use forma_dsl::{App, Diagnostic, Severity};
use forma_synth::{synthesize, Assembly, Format};
use serde_json::Value;

/// Synthesizes `app`, failing the test with the report when synthesis fails.
pub fn synth(app: &App) -> Assembly {
    match synthesize(app, Format::Json) {
        Ok(a) => a,
        Err(e) => panic!("synthesis failed:\n{e}"),
    }
}

/// The template of `stack`.
pub fn template(app: &App, stack: &str) -> Value {
    let a = synth(app);
    a.stack(stack).unwrap_or_else(|| panic!("no stack {stack}")).template().clone()
}

/// The errors synthesis reports for `app`; fails the test when it succeeds.
pub fn errors(app: &App) -> Vec<Diagnostic> {
    match synthesize(app, Format::Json) {
        Ok(_) => panic!("synthesis succeeded, expected errors"),
        Err(e) => e.diagnostics.into_iter().filter(|d| d.severity == Severity::Error).collect(),
    }
}

/// The one error with `code`; fails the test when there is not exactly one.
pub fn error(app: &App, code: &str) -> Diagnostic {
    let all = errors(app);
    let found: Vec<&Diagnostic> = all.iter().filter(|d| d.code == code).collect();
    assert_eq!(found.len(), 1, "expected one {code} error, got: {all:#?}");
    found[0].clone()
}
