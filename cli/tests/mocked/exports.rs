//! Export locks against CloudFormation's answers: an export that a stack outside the run
//! imports stops the apply before anything changes.

use forma_cli::deploy::apply::{apply_stack_in, Run};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

use super::fake::{remove, Cfn, Cs, Frame};
use super::{id_of, job, storage, storage_without_table, Session, NONCE, TABLE};

#[tokio::test(start_paused = true)]
async fn an_export_imported_by_a_stack_outside_the_run_stops_the_apply_before_any_change() {
    let deployed = storage();
    let a = storage_without_table();
    let table = id_of(&deployed.manifest, "Storage/Data/Table");
    let cfn = Cfn::new("Storage");
    cfn.template(&deployed.body).imported_by("Storage:Table", &["Reports"]);
    cfn.frames([Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa").output(
        "TableName",
        "Storage-DataTable-1F2E3D4C",
        Some("Storage:Table"),
    )]);
    cfn.change_sets([Cs::Complete(vec![remove(&table, TABLE)])]);
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.yes = true;
    let run = Run::new(&[job(&a)], Default::default());

    let e = apply_stack_in(&s.ctx, job(&a), Some(&run)).await.expect_err("the export is imported");

    cfn.assert_script_done();
    assert_eq!(e.kind, ErrorKind::State);
    assert_eq!(
        e.to_string(),
        "Storage: export Storage:Table is imported by Reports, which is not in this run, and the new template removes it"
    );
    assert!(e.hint.as_deref().is_some_and(|h| h.contains("forma apply Storage Reports")), "{:?}", e.hint);
    assert_eq!(cfn.calls_of("ListImports").len(), 1);
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 0, "nothing changed");
    assert_eq!(cfn.rules.delete_change_set.num_calls(), 1, "the change set is not left behind");
}

#[tokio::test(start_paused = true)]
async fn an_export_nobody_imports_is_removed_without_a_release() {
    let deployed = storage();
    let a = storage_without_table();
    let table = id_of(&deployed.manifest, "Storage/Data/Table");
    let cfn = Cfn::new("Storage");
    cfn.template(&deployed.body);
    cfn.frames([
        Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa").output(
            "TableName",
            "Storage-DataTable-1F2E3D4C",
            Some("Storage:Table"),
        ),
        Frame::status("UPDATE_IN_PROGRESS"),
        Frame::status("UPDATE_COMPLETE"),
    ]);
    cfn.change_sets([Cs::Complete(vec![remove(&table, TABLE)])]);
    let mut s = Session::new(&cfn, NONCE);
    s.ctx.yes = true;
    let run = Run::new(&[job(&a)], Default::default());

    apply_stack_in(&s.ctx, job(&a), Some(&run)).await.expect("applied");

    assert_eq!(cfn.calls_of("ListImports").len(), 1, "asked who imports it: nobody");
    assert_eq!(cfn.rules.execute_change_set.num_calls(), 1);
    assert!(!s.err.text().contains("releasing"), "{}", s.err.text());
}
