//! Intents: what constructs record for emitters with a higher-level form (the SAM target):
//! a function and its events, an API and its routes, a table and its keys.

use std::collections::BTreeMap;

use forma_dsl::{App, Expr};

/// An intent's kind and, for each of its lists, the `Type` (or route) of each entry.
type Summary = (String, Vec<(String, Vec<String>)>);

/// The summary of every intent of the pipeline, by construct path.
fn intents() -> BTreeMap<String, Summary> {
    let app = App::new();
    crate::pipeline_app::pipeline(&app);
    let model = app.model();
    model
        .intents()
        .map(|(node, intent)| {
            let lists = intent
                .lists
                .iter()
                .map(|(name, items)| {
                    let kinds = items
                        .iter()
                        .map(|e| match e {
                            Expr::Map(m) => match (m.get("Type"), m.get("Method"), m.get("Path")) {
                                (Some(Expr::String(t)), _, _) => t.clone(),
                                (_, Some(Expr::String(method)), Some(Expr::String(path))) => format!("{method} {path}"),
                                _ => "?".into(),
                            },
                            _ => "?".into(),
                        })
                        .collect();
                    (name.clone(), kinds)
                })
                .collect();
            (model.path(node), (intent.kind.to_owned(), lists))
        })
        .collect()
}

#[test]
fn functions_record_their_events_apis_their_routes_tables_their_keys() {
    let got = intents();
    let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(got["Pipeline/Worker"], ("Function".into(), vec![("Events".into(), strs(&["SQS"]))]));
    assert_eq!(got["Pipeline/ClickWriter"], ("Function".into(), vec![("Events".into(), strs(&["Kinesis"]))]));
    assert_eq!(got["Pipeline/Compactor"], ("Function".into(), vec![("Events".into(), strs(&["Schedule"]))]));
    assert_eq!(got["Pipeline/ApiHandler"], ("Function".into(), vec![("Events".into(), strs(&["Api"; 5]))]));
    assert_eq!(
        got["Pipeline/Api"],
        (
            "RestApi".into(),
            vec![(
                "Routes".into(),
                strs(&["GET /items", "POST /items", "GET /items/{id}", "PUT /items/{id}", "DELETE /items/{id}"])
            )]
        )
    );
    assert_eq!(got["Pipeline/Records"].0, "Table");
    let app = App::new();
    crate::pipeline_app::pipeline(&app);
    let model = app.model();
    let (_, table) = model.intents().find(|(n, _)| model.path(*n) == "Pipeline/Records").expect("the table's intent");
    assert_eq!(table.properties["PartitionKey"], forma_dsl::obj! { "Name" => "pk", "Type" => "S" });
    assert_eq!(table.properties["SortKey"], forma_dsl::obj! { "Name" => "sk", "Type" => "S" });
    let (_, worker) = model.intents().find(|(n, _)| model.path(*n) == "Pipeline/Worker").expect("the worker's intent");
    assert_eq!(worker.properties["Runtime"], Expr::String("python3.12".into()));
    assert_eq!(worker.properties["Timeout"], Expr::Int(30));
}
