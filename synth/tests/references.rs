//! References: logical ids, cross-stack exports and imports, deploy order.

use forma_dsl::{App, RawResource};
use serde_json::json;

use crate::support::{synth, template};

#[test]
fn logical_ids_are_readable_and_hashed_below_the_top_level() {
    let app = App::new();
    let s = app.stack("Data");
    s.add("Jobs", RawResource::new("AWS::SQS::Queue"));
    let orders = s.child("Orders");
    orders.add("Resource", RawResource::new("AWS::DynamoDB::Table"));
    orders.add("Stream", RawResource::new("AWS::Kinesis::Stream"));
    let t = template(&app, "Data");
    let ids: Vec<&String> = t["Resources"].as_object().unwrap().keys().collect();
    assert_eq!(ids[0], "Jobs");
    assert!(ids[1].starts_with("Orders") && ids[1].len() == "Orders".len() + 8, "{}", ids[1]);
    assert!(ids[2].starts_with("OrdersStream") && ids[2].len() == "OrdersStream".len() + 8, "{}", ids[2]);
    assert!(ids.iter().all(|id| id.chars().all(|c| c.is_ascii_alphanumeric())));
}

#[test]
fn logical_ids_are_stable_under_unrelated_edits() {
    let build = |extra: bool| {
        let app = App::new();
        let s = app.stack("Data");
        if extra {
            s.child("New").add("Thing", RawResource::new("AWS::SQS::Queue"));
        }
        s.child("Orders").add("Table", RawResource::new("AWS::DynamoDB::Table"));
        let t = template(&app, "Data");
        t["Resources"].as_object().unwrap().keys().find(|k| k.starts_with("OrdersTable")).cloned().unwrap()
    };
    assert_eq!(build(false), build(true));
}

#[test]
fn a_logical_id_can_be_overridden_to_adopt_a_stack() {
    let app = App::new();
    let s = app.stack("Legacy");
    let q = s.child("Deep").add("Queue", RawResource::new("AWS::SQS::Queue"));
    q.override_logical_id("MyOldQueue");
    s.add("Other", RawResource::new("AWS::SQS::Queue").property("QueueName", q.get_att::<String>("QueueName")));
    let t = template(&app, "Legacy");
    assert!(t["Resources"]["MyOldQueue"].is_object());
    assert_eq!(t["Resources"]["Other"]["Properties"]["QueueName"], json!({"Fn::GetAtt": ["MyOldQueue", "QueueName"]}));
}

#[test]
fn a_reference_across_stacks_becomes_an_export_and_an_import() {
    let app = App::new();
    // The consumer is defined first: order comes from the reference, not the definition.
    let web = app.stack("Web");
    let data = app.stack("Data");
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    web.add(
        "Queue",
        RawResource::new("AWS::SQS::Queue").property("QueueName", table.reference()).property(
            "Tags",
            forma_dsl::list![forma_dsl::obj! { "Key" => "arn", "Value" => table.get_att::<String>("Arn") }],
        ),
    );
    let a = synth(&app);
    let names: Vec<&str> = a.stacks.iter().map(|s| s.name()).collect();
    assert_eq!(names, ["Data", "Web"], "producer first");
    assert_eq!(a.stacks[1].manifest.dependencies, ["Data"]);

    let producer = &a.stacks[0].template();
    assert_eq!(
        producer["Outputs"],
        json!({
            "ExportTable": {"Value": {"Ref": "Table"}, "Export": {"Name": "Data:Table"}},
            "ExportTableArn": {"Value": {"Fn::GetAtt": ["Table", "Arn"]}, "Export": {"Name": "Data:Table-Arn"}},
        })
    );
    let consumer = &a.stacks[1].template()["Resources"]["Queue"]["Properties"];
    assert_eq!(consumer["QueueName"], json!({"Fn::ImportValue": "Data:Table"}));
    assert_eq!(consumer["Tags"][0]["Value"], json!({"Fn::ImportValue": "Data:Table-Arn"}));
    assert_eq!(a.stacks[0].manifest.outputs["ExportTable"].export, Some(json!("Data:Table")));
}

#[test]
fn a_reference_to_a_stack_defined_later_uses_its_logical_id() {
    let app = App::new();
    let web = app.stack("Web");
    let data = app.stack("Data");
    let table = data.child("Orders").add("Table", RawResource::new("AWS::DynamoDB::Table"));
    let adopted = data.add("Old", RawResource::new("AWS::SQS::Queue"));
    adopted.override_logical_id("LegacyQueue");
    web.add(
        "Q",
        RawResource::new("AWS::SQS::Queue")
            .property("QueueName", table.get_att::<String>("Arn"))
            .property("Dlq", adopted.reference()),
    );
    let a = synth(&app);
    let table_id = a.stack("Data").unwrap().manifest.logical_ids.get_index(0).map(|(id, _)| id.clone()).unwrap();
    assert!(table_id.starts_with("OrdersTable"), "{table_id}");
    let queue = &a.stack("Web").unwrap().template()["Resources"]["Q"]["Properties"];
    assert_eq!(queue["QueueName"], json!({"Fn::ImportValue": format!("Data:{table_id}-Arn")}));
    assert_eq!(queue["Dlq"], json!({"Fn::ImportValue": "Data:LegacyQueue"}));
    let outputs = &a.stack("Data").unwrap().template()["Outputs"];
    assert_eq!(outputs[format!("Export{table_id}Arn")]["Value"], json!({"Fn::GetAtt": [table_id, "Arn"]}));
    assert_eq!(outputs["ExportLegacyQueue"]["Value"], json!({"Ref": "LegacyQueue"}));
}

#[test]
fn one_export_serves_every_consumer() {
    let app = App::new();
    let data = app.stack("Data");
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    for name in ["A", "B"] {
        app.stack(name).add("Q", RawResource::new("AWS::SQS::Queue").property("QueueName", table.reference()));
    }
    let a = synth(&app);
    assert_eq!(a.stack("Data").unwrap().template()["Outputs"].as_object().unwrap().len(), 1);
}

#[test]
fn depends_on_across_stacks_orders_the_stacks_and_stays_out_of_the_template() {
    let app = App::new();
    let web = app.stack("Web");
    let data = app.stack("Data");
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    let q = web.add("Q", RawResource::new("AWS::SQS::Queue"));
    q.add_depends_on(&table);
    let a = synth(&app);
    assert_eq!(a.stacks[0].name(), "Data");
    assert!(a.stack("Web").unwrap().template()["Resources"]["Q"].get("DependsOn").is_none());
}

#[test]
fn independent_stacks_keep_their_definition_order() {
    let app = App::new();
    for name in ["Zeta", "Alpha", "Mid"] {
        app.stack(name).add("Q", RawResource::new("AWS::SQS::Queue"));
    }
    let names: Vec<String> = synth(&app).stacks.iter().map(|s| s.name().to_owned()).collect();
    assert_eq!(names, ["Zeta", "Alpha", "Mid"]);
}

#[test]
fn selecting_a_stack_brings_its_dependencies() {
    let app = App::new();
    let data = app.stack("Data");
    let t = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    app.stack("Web").add("Q", RawResource::new("AWS::SQS::Queue").property("QueueName", t.reference()));
    app.stack("Other").add("Q", RawResource::new("AWS::SQS::Queue"));
    let a = synth(&app);
    let sel = a.select(&["Web".to_owned()]).unwrap();
    let names: Vec<&str> = sel.stacks.iter().map(|s| s.name()).collect();
    assert_eq!(names, ["Data", "Web"]);
    let sel = a.select(&["O*".to_owned()]).unwrap();
    assert_eq!(sel.stacks.len(), 1);
    let err = a.select(&["Nope".to_owned()]).unwrap_err();
    assert_eq!(err.to_string(), "no stack matches \"Nope\"; the app has: Data, Web, Other");
}
