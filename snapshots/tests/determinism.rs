//! The same stack code gives the same bytes, every time.

use crate::support::{synth, FORMATS};

#[test]
fn synthesis_is_byte_identical_across_runs() {
    for format in FORMATS {
        let (first, second) = (synth(format), synth(format));
        let names = |a: &forma_synth::Assembly| a.stacks.iter().map(|s| s.name().to_owned()).collect::<Vec<_>>();
        assert_eq!(names(&first), names(&second), "stack order differs between runs ({format:?})");
        for (a, b) in first.stacks.iter().zip(&second.stacks) {
            assert!(
                a.body == b.body,
                "{} ({format:?}) differs between runs:\n--- first\n{}\n--- second\n{}",
                a.name(),
                a.body,
                b.body
            );
        }
        assert_eq!(first.manifest_body(), second.manifest_body(), "the manifest ({format:?}) differs between runs");
    }
}
