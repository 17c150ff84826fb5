//! Intents: what constructs record for targets with a higher-level form (the SAM target):
//! a function and its events with the resources that make each, an API and its routes, a
//! table and its keys.

use forma_dsl::intent::{EventKind, Intent};
use forma_dsl::model::Model;
use forma_dsl::App;

/// The intent of the construct at `path`.
fn intent<'m>(model: &'m Model, path: &str) -> &'m Intent {
    model.intents().find(|(n, _)| model.path(*n) == path).map(|(_, i)| i).expect("an intent at the path")
}

/// A function's events: kind, name and the paths of the resources that make each.
fn events(model: &Model, path: &str) -> Vec<(EventKind, String, Vec<String>)> {
    let Intent::Function(f) = intent(model, path) else { panic!("{path} is not a function") };
    f.events.iter().map(|e| (e.kind, e.name.clone(), e.resources.iter().map(|&r| model.path(r)).collect())).collect()
}

#[test]
fn functions_record_their_events_with_the_resources_that_make_them() {
    let app = App::new();
    crate::pipeline_app::pipeline(&app);
    let model = app.model();
    let Intent::Function(worker) = intent(&model, "Pipeline/Worker") else { panic!("not a function") };
    assert_eq!(model.path(worker.resource), "Pipeline/Worker/Resource");
    assert_eq!(model.path(worker.log_group), "Pipeline/Worker/LogGroup/Resource");
    assert_eq!(
        events(&model, "Pipeline/Worker"),
        [(EventKind::Sqs, "Work".to_owned(), vec!["Pipeline/Worker/WorkEventSource".to_owned()])]
    );
    let kinds = |path| events(&model, path).into_iter().map(|(k, _, r)| (k, r.len())).collect::<Vec<_>>();
    assert_eq!(kinds("Pipeline/ClickWriter"), [(EventKind::Kinesis, 1)]);
    // A rule and the permission it needs.
    assert_eq!(kinds("Pipeline/Compactor"), [(EventKind::Schedule, 2)]);
    // A method and its permission, for each of five routes, each with a name of its own.
    let api = events(&model, "Pipeline/ApiHandler");
    assert_eq!(api.len(), 5);
    assert!(api.iter().all(|(k, _, r)| *k == EventKind::Api && r.len() == 2));
    let mut names: Vec<&str> = api.iter().map(|(_, n, _)| n.as_str()).collect();
    names.dedup();
    assert_eq!(names.len(), 5, "{names:?}");
}

#[test]
fn apis_record_their_routes_and_tables_their_keys() {
    let app = App::new();
    crate::pipeline_app::pipeline(&app);
    let model = app.model();
    let Intent::RestApi(api) = intent(&model, "Pipeline/Api") else { panic!("not a REST API") };
    let routes: Vec<String> = api.routes.iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    assert_eq!(routes, ["GET /items", "POST /items", "GET /items/{id}", "PUT /items/{id}", "DELETE /items/{id}"]);
    assert!(api.routes.iter().all(|r| model.path(r.function) == "Pipeline/ApiHandler"));
    let Intent::Table(table) = intent(&model, "Pipeline/Records") else { panic!("not a table") };
    assert_eq!(table.partition_key, ("pk".to_owned(), "S".to_owned()));
    assert_eq!(table.sort_key, Some(("sk".to_owned(), "S".to_owned())));
    assert_eq!(model.path(table.resource), "Pipeline/Records/Resource");
}
