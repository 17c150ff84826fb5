//! Export locks against CloudFormation's answers, two stacks behind one client: an export
//! whose value changes is released by its importer first and imported anew after; one that
//! a stack outside the run imports stops the apply before anything changes.

use forma_cli::deploy::apply::{apply_stack_in, Run};
use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::ownership::FINGERPRINT_TAG;

use super::fake::{remove, Cfn, Cs, Frame};
use super::{id_of, job, storage, storage_without_table, Session, NONCE, QUEUE, TABLE};

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

/// `Storage` exports its table (a `Ref`) to `Reports`, whose queue is tagged with it.
fn storage_and_reports() -> (forma_synth::StackArtifact, forma_synth::StackArtifact, String) {
    use forma_dsl::{list, obj, App, RawResource};
    let app = App::new();
    let table = app
        .stack("Storage")
        .child("Data")
        .add("Table", RawResource::new("AWS::DynamoDB::Table").property("BillingMode", "PAY_PER_REQUEST"));
    app.stack("Reports").add(
        "Jobs",
        RawResource::new("AWS::SQS::Queue")
            .property("Tags", list![obj! { "Key" => "table", "Value" => table.reference() }]),
    );
    let mut stacks = forma_synth::synthesize(&app, forma_synth::Format::Json).expect("synthesizes").stacks;
    let reports = stacks.pop().expect("Reports");
    let storage = stacks.pop().expect("Storage");
    let body: serde_json::Value = serde_json::from_str(&storage.body).expect("JSON");
    let export = body["Outputs"]
        .as_object()
        .and_then(|o| o.values().find_map(|o| o["Export"]["Name"].as_str()))
        .expect("an export")
        .to_owned();
    (storage, reports, export)
}

#[tokio::test(start_paused = true)]
async fn an_export_whose_resource_is_replaced_is_released_by_its_importer_then_imported_anew() {
    use std::sync::{Arc, Mutex};

    use aws_sdk_cloudformation::types::Replacement;
    use forma_cli::deploy::apply::{apply_all, Applied};
    use forma_cli::deploy::Contexts;

    use super::fake::modify;
    const OLD: &str = "Storage-DataTable-1F2E3D4C";
    let (storage, reports, export) = storage_and_reports();
    let (table, queue) = (id_of(&storage.manifest, "Storage/Data/Table"), id_of(&reports.manifest, "Reports/Jobs"));
    let producer = Cfn::new("Storage");
    producer.template(&storage.body).imported_by(&export, &["Reports"]);
    let deployed = Frame::status("UPDATE_COMPLETE").tag(FINGERPRINT_TAG, "00000000000000000000aaaa");
    producer.frames([
        deployed.clone().output("DataTableRef", OLD, Some(&export)),
        Frame::status("UPDATE_IN_PROGRESS"),
        Frame::status("UPDATE_COMPLETE"),
    ]);
    // The table is replaced: the export's value changes.
    producer.change_sets([Cs::Complete(vec![modify(&table, TABLE, Replacement::True)])]);
    let importer = Cfn::new("Reports");
    importer.owned().template(&reports.body);
    importer.frames([
        // The release: read, updated with the current value, settled.
        deployed.clone(),
        deployed.clone(),
        Frame::status("UPDATE_IN_PROGRESS"),
        Frame::status("UPDATE_COMPLETE"),
        // Its own turn, after the producer: its template again, importing the new value.
        deployed.clone(),
        Frame::status("UPDATE_IN_PROGRESS"),
        Frame::status("UPDATE_COMPLETE"),
    ]);
    importer.change_sets([
        Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)]),
        Cs::Complete(vec![modify(&queue, QUEUE, Replacement::False)]),
    ]);
    let order = Arc::new(Mutex::new(Vec::new()));
    for (cfn, name) in [(&producer, "Storage"), (&importer, "Reports")] {
        let order = order.clone();
        cfn.on_call("ExecuteChangeSet", move || order.lock().expect("order").push(name));
    }
    let mut s = Session::new(&producer, NONCE);
    s.ctx.aws.cfn = Cfn::shared(&[&producer, &importer]);
    s.ctx.yes = true;
    let ctxs = Contexts::single(Arc::new(s.ctx));

    let results = apply_all(&ctxs, vec![job(&storage), job(&reports)], Default::default()).await;

    for (name, r) in &results {
        assert!(r.as_ref().is_ok_and(|r| r.applied == Applied::Updated), "{name}: {r:?}");
    }
    assert_eq!(*order.lock().expect("order"), ["Reports", "Storage", "Reports"], "released, changed, imported anew");
    let sent = importer.calls_of("CreateChangeSet");
    assert!(
        !sent[0].template.contains(&export) && sent[0].template.contains(OLD),
        "the release takes the current value instead of importing it: {}",
        sent[0].template
    );
    assert!(sent[1].template.contains(&export), "its own template imports again: {}", sent[1].template);
    assert_eq!(producer.calls_of("ListImports").len(), 1);
    producer.assert_script_done();
    importer.assert_script_done();
}
