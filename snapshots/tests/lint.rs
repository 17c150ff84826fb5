//! cfn-lint, the CloudFormation linter, accepts every template in every format: no error, no
//! warning, no informational finding.

use std::fs;
use std::path::Path;

use crate::support::{pytools, synth, FORMATS};

#[test]
fn cfn_lint_accepts_every_template() {
    let env = pytools::pyenv();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cfn-lint-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let mut templates = Vec::new();
    for format in FORMATS {
        let assembly = synth(format);
        let out = dir.join(format.extension());
        assembly.write(&out).unwrap_or_else(|e| panic!("{e}"));
        templates.extend(assembly.stacks.iter().map(|s| out.join(&s.manifest.template)));
    }
    assert!(!templates.is_empty(), "the bundled app has no templates to lint");

    // One process for every file: cfn-lint's start-up dominates its run time.
    let cfn_lint = env.bin("cfn-lint");
    let output = env
        .command("cfn-lint")
        .args(["--non-zero-exit-code", "informational", "--"])
        .args(&templates)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", cfn_lint.display()));
    assert!(
        output.status.success(),
        "cfn-lint rejected the templates ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    let _ = fs::remove_dir_all(&dir);
}
