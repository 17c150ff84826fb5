//! Synthesizing a test app and reading what came out.

/// cfn-lint and the other Python tools, in the venv every crate's tests share.
#[path = "../../snapshots/tests/support/pytools.rs"]
pub mod pytools;

use forma_dsl::App;
use forma_synth::{synthesize_with, Assembly, Format, Settings};
use serde_json::Value as Json;

/// Synthesizes `app` as `forma synth` does (every literal checked), or fails the test with
/// the diagnostics.
pub fn synth(app: &App) -> Assembly {
    synthesize_with(app, settings()).unwrap_or_else(|e| panic!("synthesis failed:\n{e}"))
}

/// The diagnostics of a synthesis, as `severity[code] path: message`.
pub fn problems(app: &App) -> Vec<String> {
    let diags = match synthesize_with(app, settings()) {
        Ok(a) => a.diagnostics,
        Err(e) => e.diagnostics,
    };
    diags
        .iter()
        .map(|d| {
            let sev = match d.severity {
                forma_dsl::Severity::Error => "error",
                forma_dsl::Severity::Warning => "warning",
                _ => "note",
            };
            format!("{sev}[{}] {}: {}", d.code, d.path, d.message)
        })
        .collect()
}

fn settings() -> Settings {
    Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() }
}

/// The resources of stack `name`.
pub fn resources<'a>(a: &'a Assembly, name: &str) -> &'a serde_json::Map<String, Json> {
    a.stack(name).unwrap_or_else(|| panic!("no stack {name}")).template()["Resources"]
        .as_object()
        .unwrap_or_else(|| panic!("stack {name} has no resources"))
}

/// The one resource of `type_name` in stack `name`: `(logical id, definition)`.
pub fn only<'a>(a: &'a Assembly, name: &str, type_name: &str) -> (&'a str, &'a Json) {
    let found: Vec<(&String, &Json)> = resources(a, name).iter().filter(|(_, r)| r["Type"] == type_name).collect();
    match found.as_slice() {
        [(id, r)] => (id.as_str(), r),
        other => panic!("{} resources of type {type_name} in {name}, not one", other.len()),
    }
}

/// The logical ids of the default routes (`0.0.0.0/0`) of stack `name`: those to an internet
/// gateway, then those to a NAT gateway, in the template's order.
pub fn default_routes(a: &Assembly, name: &str) -> (Vec<String>, Vec<String>) {
    let mut to_igw = Vec::new();
    let mut to_nat = Vec::new();
    for (id, r) in resources(a, name) {
        if r["Type"] != "AWS::EC2::Route" || r["Properties"]["DestinationCidrBlock"] != "0.0.0.0/0" {
            continue;
        }
        if r["Properties"].get("GatewayId").is_some() {
            to_igw.push(id.clone());
        } else if r["Properties"].get("NatGatewayId").is_some() {
            to_nat.push(id.clone());
        }
    }
    (to_igw, to_nat)
}

/// Where each diagnostic of a synthesis points: `file:line`.
pub fn locations(app: &App) -> Vec<String> {
    let diags = match synthesize_with(app, settings()) {
        Ok(a) => a.diagnostics,
        Err(e) => e.diagnostics,
    };
    diags.iter().map(|d| d.location.map_or_else(|| "-".to_owned(), |l| format!("{}:{}", l.file(), l.line()))).collect()
}

/// Runs cfn-lint on the one template of `a` (written into a directory of its own, `name`:
/// tests run in parallel) and fails the test on any finding at `level` or above
/// (`error`, `warning`).
pub fn cfn_lint(a: &Assembly, name: &str, level: &str) {
    let env = pytools::pyenv();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-lint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    a.write(&dir).unwrap_or_else(|e| panic!("{e}"));
    let output = env
        .command("cfn-lint")
        .args(["--non-zero-exit-code", level, "--"])
        .arg(dir.join(&a.stacks[0].manifest.template))
        .output()
        .unwrap_or_else(|e| panic!("cannot run cfn-lint: {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "cfn-lint found problems:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
