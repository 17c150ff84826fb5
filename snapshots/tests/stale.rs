//! No snapshot file outlives the template it recorded: a removed or renamed stack must take
//! its snapshots with it.

use std::collections::BTreeSet;
use std::fs;

use crate::support::{bundled_sam_snapshots, serverless_snapshots, snapshots, synth, FORMATS, SNAPSHOT_DIR};

#[test]
fn every_snapshot_file_belongs_to_a_current_template() {
    let expected: BTreeSet<String> = FORMATS
        .into_iter()
        .flat_map(|f| snapshots(&synth(f)).into_iter().chain(serverless_snapshots(f)).chain(bundled_sam_snapshots(f)))
        .map(|(name, _)| format!("{name}.snap"))
        .collect();
    let entries = match fs::read_dir(SNAPSHOT_DIR) {
        Ok(entries) => entries,
        // No snapshot yet: nothing is stale (the snapshot tests fail on the missing ones).
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => panic!("cannot list {SNAPSHOT_DIR}: {e}"),
    };
    let mut stale = Vec::new();
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("cannot list {SNAPSHOT_DIR}: {e}"));
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".snap") && !expected.contains(&name) {
            stale.push(name);
        }
    }
    stale.sort();
    assert!(
        stale.is_empty(),
        "snapshot files that no current stack and format produce, in {SNAPSHOT_DIR}:\n  {}\n\
         hint: delete them; if a stack was renamed, its new snapshots are reviewed with `cargo insta review`",
        stale.join("\n  "),
    );
}
