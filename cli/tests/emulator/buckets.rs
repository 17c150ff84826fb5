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
    // CloudFormation cannot delete the bucket that holds objects and did not ask to be
    // emptied: the stack ends DELETE_FAILED, the bucket named as the cause.
    assert_eq!(destroyed.code, 1, "{}", destroyed.err);
    assert!(destroyed.err.contains(&format!("emptying Files/Scratch ({SCRATCH})")), "{}", destroyed.err);
    assert!(
        destroyed.err.contains(&format!(
            "{keep_path} ({KEEP}) holds objects and did not ask to be emptied: CloudFormation cannot delete it"
        )),
        "{}",
        destroyed.err
    );
    assert!(
        destroyed.err.contains(&format!(
            "root cause: {keep_path} (AWS::S3::Bucket) DELETE_FAILED: Resource handler returned message: \"The bucket you tried to delete is not empty"
        )),
        "{}",
        destroyed.err
    );
    assert!(!destroyed.err.contains("warning: Files/Scratch"), "{}", destroyed.err);
    assert_eq!(emu.stack_status("Files").as_deref(), Some("DELETE_FAILED"));
    assert!(!emu.bucket_exists(SCRATCH), "the emptied bucket was deleted");
    assert_eq!(emu.keys(KEEP, ""), ["precious.txt"]);

    // Leaving it in place: the stack goes, the bucket is listed with why, and the run says
    // that something outlived its stack.
    let retained = emu.forma(&app, "destroy", &["--retain-failed"]);
    assert_eq!(retained.code, 1, "{}", retained.err);
    assert_eq!(emu.stack_status("Files"), None);
    assert!(
        retained.out.contains(&format!("{keep_path} (arn:aws:s3:::{KEEP}) — could not be deleted:")),
        "{}",
        retained.out
    );
    assert!(
        retained.err.contains("1 resource(s) outlived their stacks without a deletion policy keeping them"),
        "{}",
        retained.err
    );
    assert_eq!(emu.keys(KEEP, ""), ["precious.txt"], "its objects survive");
}
