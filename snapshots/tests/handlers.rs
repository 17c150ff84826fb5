//! The bundled systems' Lambda handlers (Python, beside each system's module in
//! `stacks/src`): their unit tests, run with the venv's Python (boto3 there, AWS clients
//! stubbed by the tests themselves), as part of the README's test command.

use crate::support::pytools::{pyenv, workspace_root};

#[test]
fn every_handler_passes_its_unit_tests() {
    let stacks = workspace_root().join("stacks/src");
    let out = pyenv()
        .command("python")
        .args(["-m", "unittest", "discover", "-s"])
        .arg(&stacks)
        .args(["-t"])
        .arg(&stacks)
        .args(["-p", "test_*.py"])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run python -m unittest: {e}"));
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the handlers' unit tests failed:\n{report}");
    // `Ran N tests`: a discovery that finds nothing must not pass for a run.
    let ran: usize = report
        .lines()
        .find_map(|l| l.strip_prefix("Ran ").and_then(|r| r.split_whitespace().next()).and_then(|n| n.parse().ok()))
        .unwrap_or(0);
    assert!(ran >= 10, "only {ran} handler tests were found:\n{report}");
}
