//! Destroying buckets that hold objects: emptied when they asked for it, reported when not,
//! and found afterwards through the tagging API when one outlived its stack.

use forma_dsl::{App, RawResource};

use super::{assert_ok, Emulator};

const SCRATCH: &str = "forma-e2e-scratch";
const KEEP: &str = "forma-e2e-keep";

#[test]
fn destroy_empties_the_buckets_that_asked_and_names_the_others() {
    let emu = Emulator::start("buckets");
    let app = App::new();
    let s = app.stack("Files");
    s.add("Scratch", RawResource::new("AWS::S3::Bucket").property("BucketName", SCRATCH)).empty_on_destroy();
    let keep = s.add("Keep", RawResource::new("AWS::S3::Bucket").property("BucketName", KEEP));
    let keep_path = keep.path();

    assert_ok(&emu.forma(&app, "apply", &[]));
    assert!(emu.bucket_exists(SCRATCH) && emu.bucket_exists(KEEP));
    for key in ["a.txt", "b/c.txt", "d.txt"] {
        emu.put(SCRATCH, key, "scratch");
    }
    emu.put(KEEP, "precious.txt", "keep");

    let destroyed = emu.forma(&app, "destroy", &[]);
    // The bucket that held objects outlived its stack with no policy keeping it: named with
    // its cost, and the run fails.
    assert_eq!(destroyed.code, 1, "{}", destroyed.err);
    assert!(
        destroyed.out.contains(&format!(
            "{keep_path} (arn:aws:s3:::{KEEP}) — not retained by any policy; its objects are billed per GB-month"
        )),
        "{}",
        destroyed.out
    );
    assert!(
        destroyed.err.contains("1 resource(s) outlived their stacks without a deletion policy keeping them"),
        "{}",
        destroyed.err
    );
    assert!(destroyed.err.contains(&format!("emptied {SCRATCH}: 3 deleted")), "{}", destroyed.err);
    assert!(
        destroyed.err.contains(&format!(
            "warning: {keep_path} ({KEEP}) held objects and did not ask to be emptied (empty_on_destroy)"
        )),
        "{}",
        destroyed.err
    );
    assert!(!destroyed.err.contains("warning: Files/Scratch"), "{}", destroyed.err);
    assert_eq!(emu.stack_status("Files"), None);
    assert!(!emu.bucket_exists(SCRATCH), "the emptied bucket was deleted with the stack");
    // CloudFormation would fail to delete the non-empty bucket (DELETE_FAILED); moto deletes
    // the stack and leaves the bucket behind. Either way its objects survive.
    assert_eq!(emu.keys(KEEP, ""), ["precious.txt"]);
}
