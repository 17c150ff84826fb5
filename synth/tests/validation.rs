//! Every validation error: its code, its construct path and its message.

use forma_dsl::condition::equals;
use forma_dsl::intrinsic::{if_, sub};
use forma_dsl::prelude::*;
use forma_dsl::{App, MappingDef, Output, ParameterDef, RawResource, Severity};
use forma_synth::{synthesize, Format};

use crate::support::{error, errors, synth};

fn queue() -> RawResource {
    RawResource::new("AWS::SQS::Queue")
}

#[test]
fn duplicate_construct_ids_are_reported_with_their_path() {
    let app = App::new();
    let web = app.stack("Web");
    let api = web.child("Api");
    let first = line!() + 1;
    api.add("Queue", queue());
    api.add("Queue", queue());
    let e = error(&app, "duplicate-id");
    assert_eq!(e.path, "Web/Api/Queue");
    assert_eq!(
        e.message,
        format!("Web/Api already has a child with id \"Queue\" (made at {}:{first})", file!()),
        "names where the first one was made"
    );
    assert_eq!(e.location.map(|l| (l.file(), l.line())), Some((file!(), first + 1)), "points at the second");
    assert!(e.hint.is_some());
}

#[test]
fn duplicate_stack_names_are_reported() {
    let app = App::new();
    let first = line!() + 1;
    app.stack("Web").add("Q", queue());
    app.stack("Web").add("Q", queue());
    let e = error(&app, "duplicate-id");
    assert_eq!(e.path, "Web");
    assert_eq!(e.message, format!("the app already has a stack named \"Web\" (made at {}:{first})", file!()));
}

#[test]
fn invalid_ids_are_reported() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("has/slash", queue());
    s.add("", queue());
    let all = errors(&app);
    let invalid: Vec<_> = all.iter().filter(|d| d.code == "invalid-id").collect();
    assert_eq!(invalid.len(), 2, "{all:#?}");
    assert_eq!(invalid[0].path, "Web/has/slash");
    assert!(invalid[0].message.contains("contains '/'"), "{}", invalid[0].message);
    assert!(invalid[1].message.contains("empty"), "{}", invalid[1].message);
}

#[test]
fn invalid_stack_names_are_reported() {
    for (name, why) in [("1st", "does not start with a letter"), ("my_stack", "contains '_'"), ("", "empty")] {
        let app = App::new();
        app.stack(name).add("Q", queue());
        let e = error(&app, "invalid-stack-name");
        assert_eq!(e.path, name);
        assert!(e.message.contains(why), "{name}: {}", e.message);
    }
    let long = "a".repeat(129);
    let app = App::new();
    app.stack(&long).add("Q", queue());
    assert!(error(&app, "invalid-stack-name").message.contains("129 characters"));
}

#[test]
fn a_reference_into_another_app_is_reported_with_both_paths() {
    let other = App::new();
    let foreign = other.stack("Other").add("Bucket", RawResource::new("AWS::S3::Bucket"));
    let app = App::new();
    app.stack("Web").add("Q", queue().property("QueueName", foreign.reference()));
    let e = error(&app, "foreign-reference");
    assert_eq!(e.path, "Web/Q");
    assert!(e.message.contains("`Other/Bucket`, which belongs to another App"), "{}", e.message);
}

#[test]
fn a_stack_dependency_on_another_app_is_reported() {
    let other = App::new();
    let foreign = other.stack("Other");
    let app = App::new();
    let web = app.stack("Web");
    web.add("Q", queue());
    web.add_dependency(&foreign);
    let e = error(&app, "foreign-reference");
    assert_eq!(e.path, "Web");
}

#[test]
fn resource_cycles_name_every_resource_on_the_cycle() {
    let app = App::new();
    let s = app.stack("Web");
    let a = s.add("A", queue());
    let b = s.add("B", queue().property("QueueName", a.get_att::<String>("QueueName")));
    let c = s.add("C", queue());
    c.add_depends_on(&b);
    a.add_depends_on(&c);
    s.add("Fine", queue()).add_depends_on(&a);
    let e = error(&app, "resource-cycle");
    assert_eq!(e.path, "Web/A");
    assert_eq!(e.message, "dependency cycle: `Web/A` -> `Web/C` -> `Web/B` -> `Web/A`");
}

#[test]
fn a_resource_referring_to_itself_is_a_cycle() {
    let app = App::new();
    let s = app.stack("Web");
    let a = s.add("A", queue());
    a.set_property("QueueName", a.get_att::<String>("QueueName"));
    assert_eq!(error(&app, "resource-cycle").message, "dependency cycle: `Web/A` -> `Web/A`");
}

#[test]
fn stack_cycles_are_reported_with_the_stack_names() {
    let app = App::new();
    let net = app.stack("Network");
    let web = app.stack("Web");
    let vpc = net.add("Vpc", RawResource::new("AWS::EC2::VPC").property("CidrBlock", "10.0.0.0/16"));
    let sg = web.add("Sg", RawResource::new("AWS::EC2::SecurityGroup").property("VpcId", vpc.reference()));
    net.add("Tag", queue().property("QueueName", sg.get_att::<String>("GroupId")));
    let e = error(&app, "stack-cycle");
    assert_eq!(e.path, "Network");
    assert_eq!(e.message, "stacks depend on each other: Network -> Web -> Network");
}

#[test]
fn explicit_stack_dependencies_can_form_cycles_too() {
    let app = App::new();
    let (a, b, c) = (app.stack("A"), app.stack("B"), app.stack("C"));
    for s in [&a, &b, &c] {
        s.add("Q", queue());
    }
    a.add_dependency(&b);
    b.add_dependency(&c);
    c.add_dependency(&a);
    assert_eq!(error(&app, "stack-cycle").message, "stacks depend on each other: A -> B -> C -> A");
}

#[test]
fn a_condition_of_another_stack_is_missing() {
    let app = App::new();
    let a = app.stack("A");
    let env = a.add_parameter("Env", ParameterDef::string().default("dev"));
    let prod = a.add_condition("IsProd", equals(env.value(), "prod"));
    a.add("Q", queue()).set_condition(&prod);
    let b = app.stack("B");
    b.add("Q", queue()).set_condition(&prod);
    b.add("R", queue().property("DelaySeconds", if_(&prod, 1, 0)));
    let all = errors(&app);
    let missing: Vec<_> = all.iter().filter(|d| d.code == "missing-condition").collect();
    assert_eq!(missing.len(), 2, "{all:#?}");
    assert_eq!(missing[0].path, "B/Q");
    assert!(missing[0].message.contains("condition `A/IsProd`, which belongs to stack A"), "{}", missing[0].message);
    assert_eq!(missing[1].path, "B/R");
}

#[test]
fn a_parameter_of_another_stack_is_missing() {
    let app = App::new();
    let a = app.stack("A");
    let name = a.add_parameter("QueueName", ParameterDef::string());
    a.add("Q", queue().property("QueueName", name.value()));
    app.stack("B").add("Q", queue().property("QueueName", name.value()));
    let e = error(&app, "missing-parameter");
    assert_eq!(e.path, "B/Q");
    assert!(e.message.contains("parameter `A/QueueName`, which belongs to stack A"), "{}", e.message);
}

#[test]
fn a_mapping_of_another_stack_or_a_missing_key_is_reported() {
    let app = App::new();
    let a = app.stack("A");
    let sizes = a.add_mapping("Sizes", MappingDef::new().entry("dev", [("Delay", 1)]));
    a.add("Q", queue().property("DelaySeconds", sizes.find::<i64>("dev", "Delay")));
    a.add("R", queue().property("DelaySeconds", sizes.find::<i64>("prod", "Delay")));
    app.stack("B").add("Q", queue().property("DelaySeconds", sizes.find::<i64>("dev", "Delay")));
    let all = errors(&app);
    let missing: Vec<_> = all.iter().filter(|d| d.code.starts_with("missing-mapping")).collect();
    assert_eq!(missing.len(), 2, "{all:#?}");
    assert_eq!((missing[0].code, missing[0].path.as_str()), ("missing-mapping-entry", "A/R"));
    assert!(
        missing[0].message.contains("mapping `A/Sizes` has no entry \"prod\" / \"Delay\""),
        "{}",
        missing[0].message
    );
    assert_eq!((missing[1].code, missing[1].path.as_str()), ("missing-mapping", "B/Q"));
    assert!(missing[1].message.contains("belongs to stack A"));
}

#[test]
fn a_sub_variable_that_is_not_bound_is_reported() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("Q", queue().property("QueueName", sub("${Prefix}-${AWS::Region}-${!Literal}-${Name}").var("Name", "x")));
    let e = error(&app, "missing-variable");
    assert_eq!(e.path, "Web/Q");
    assert!(e.message.contains("${Prefix}"), "{}", e.message);
}

#[test]
fn too_many_resources_parameters_and_outputs() {
    let app = App::new();
    let s = app.stack("Big");
    for i in 0..501 {
        s.add(&format!("Q{i}"), queue());
    }
    for i in 0..201 {
        let p = s.add_parameter(&format!("P{i}"), ParameterDef::string());
        s.add_output(&format!("O{i}"), Output::new(p.value()));
    }
    let all = errors(&app);
    let codes: Vec<&str> = all.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["too-many-resources", "too-many-parameters", "too-many-outputs"], "{all:#?}");
    assert!(all.iter().all(|d| d.path == "Big"));
    assert_eq!(all[0].message, "the stack has 501 resources; CloudFormation accepts at most 500");
    assert_eq!(all[1].message, "the stack has 201 parameters; CloudFormation accepts at most 200");
}

#[test]
fn five_hundred_resources_are_fine() {
    let app = App::new();
    let s = app.stack("Big");
    for i in 0..500 {
        s.add(&format!("Q{i}"), queue());
    }
    assert_eq!(synth(&app).stacks[0].manifest.resource_count, 500);
}

#[test]
fn cross_stack_exports_count_towards_the_output_limit() {
    let app = App::new();
    let producer = app.stack("Producer");
    let consumer = app.stack("Consumer");
    for i in 0..201 {
        let q = producer.add(&format!("Q{i}"), queue());
        consumer.add(&format!("Q{i}"), queue().property("QueueName", q.get_att::<String>("QueueName")));
    }
    let e = error(&app, "too-many-outputs");
    assert_eq!(e.path, "Producer");
}

#[test]
fn templates_over_a_megabyte_are_rejected_and_over_51200_bytes_noted() {
    let blob = "x".repeat(4000);
    let app = App::new();
    let s = app.stack("Medium");
    for i in 0..20 {
        s.add(&format!("Q{i}"), queue().property("KmsMasterKeyId", blob.as_str()));
    }
    let a = synth(&app);
    let notes: Vec<_> = a.diagnostics.iter().filter(|d| d.code == "template-needs-upload").collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].severity, Severity::Note);
    assert_eq!(notes[0].path, "Medium");
    assert!(a.stacks[0].manifest.needs_upload);

    let app = App::new();
    let s = app.stack("Huge");
    for i in 0..300 {
        s.add(&format!("Q{i}"), queue().property("KmsMasterKeyId", blob.as_str()));
    }
    let e = error(&app, "template-too-large");
    assert_eq!(e.path, "Huge");
    assert!(e.message.contains("CloudFormation accepts at most 1048576"), "{}", e.message);
}

#[test]
fn logical_id_collisions_are_found_beyond_hyphens() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("My-Queue", queue());
    s.add("MyQueue", queue());
    let e = error(&app, "logical-id-collision");
    assert_eq!(e.path, "Web/MyQueue");
    assert!(e.message.contains("MyQueue is also the logical id of `Web/My-Queue`"), "{}", e.message);

    let app = App::new();
    let s = app.stack("Web");
    s.add("Adopted", queue()).override_logical_id("Legacy");
    s.add("Legacy", queue());
    assert_eq!(error(&app, "logical-id-collision").path, "Web/Legacy");

    let app = App::new();
    app.stack("Web").add("Bad", queue()).override_logical_id("not-valid");
    assert_eq!(error(&app, "invalid-logical-id").path, "Web/Bad");
}

#[test]
fn an_empty_stack_and_an_empty_app_are_errors() {
    let app = App::new();
    app.stack("Nothing");
    assert_eq!(error(&app, "empty-stack").path, "Nothing");
    assert_eq!(error(&App::new(), "empty-app").path, "App");
}

#[test]
fn every_problem_is_reported_at_once() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("Q", queue());
    s.add("Q", queue());
    s.add("bad id", queue());
    app.stack("bad_stack").add("Q", queue());
    let other = App::new();
    let foreign = other.stack("Other").add("B", queue());
    s.add("R", queue().property("QueueName", foreign.reference()));
    let codes: Vec<&str> = errors(&app).iter().map(|d| d.code).collect();
    for code in ["duplicate-id", "invalid-id", "invalid-stack-name", "foreign-reference"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn errors_render_with_path_location_and_hint() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("Q", queue());
    s.add("Q", queue());
    let Err(e) = synthesize(&app, Format::Json) else { panic!("expected failure") };
    let text = e.to_string();
    assert!(text.starts_with("error[duplicate-id] Web/Q: Web already has a child with id \"Q\""), "{text}");
    assert!(text.contains("--> synth/tests/validation.rs:"), "{text}");
    assert!(text.contains("hint: ids must be unique among siblings"), "{text}");
    assert!(text.ends_with("synthesis failed with 1 error"), "{text}");
}

#[test]
fn warnings_for_unused_parameters_and_secret_defaults() {
    let app = App::new();
    let s = app.stack("Web");
    s.add_parameter("Unused", ParameterDef::string());
    let pw = s.add_parameter("Password", ParameterDef::string().no_echo().default("hunter2"));
    s.add("Q", queue().property("QueueName", pw.value()));
    let a = synth(&app);
    let codes: Vec<(&str, &str)> = a.diagnostics.iter().map(|d| (d.code, d.path.as_str())).collect();
    assert_eq!(codes, [("unused-parameter", "Web/Unused"), ("secret-in-template", "Web/Password")]);
}

#[test]
fn a_grant_to_a_role_of_another_app_is_a_foreign_reference_in_the_granting_app() {
    use forma_dsl::dynamodb::{Attribute, Index, Table, TableProps};
    use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    use forma_dsl::s3::{Bucket, BucketProps};
    use forma_dsl::sqs::{Queue, QueueProps};

    let app = App::new();
    let data = app.stack("Data");
    let bucket = Bucket::new(&data, "Uploads", BucketProps::default());
    let queue = Queue::new(&data, "Jobs", QueueProps::default());
    let table = Table::new(
        &data,
        "Orders",
        TableProps::new(Attribute::string("pk")).index(Index::global("ByDay", Attribute::string("day"))),
    );
    let other = App::new();
    let reader = Role::new(&other.stack("Web"), "Reader", RoleProps::new(ServicePrincipal::lambda()));
    let bucket_line = line!() + 1;
    bucket.grant_read(&reader);
    let queue_line = line!() + 1;
    queue.grant_send(&reader);
    let table_line = line!() + 1;
    table.grant_read_data(&reader);
    // Synthesizing the granting app: each grant is an error at its construct and line.
    let found: Vec<(String, String, u32)> = errors(&app)
        .into_iter()
        .map(|d| {
            assert_eq!(d.code, "foreign-reference", "{d}");
            assert_eq!(d.location.map(|l| l.file()), Some(file!()), "{d}");
            (d.path, d.message, d.location.map_or(0, |l| l.line()))
        })
        .collect();
    let message = "a policy of `Web/Reader`, a role of another App, is given access to it".to_owned();
    assert_eq!(
        found,
        [
            ("Data/Uploads/Resource".to_owned(), message.clone(), bucket_line),
            ("Data/Jobs/Resource".to_owned(), message.clone(), queue_line),
            ("Data/Orders/Resource".to_owned(), message, table_line),
        ]
    );
    // The role's app refers to elements outside it: refused there too.
    let e = errors(&other);
    assert!(
        !e.is_empty() && e.iter().all(|d| d.code == "foreign-reference" && d.path == "Web/Reader/DefaultPolicy"),
        "{e:#?}"
    );
    // A grant within one app is fine.
    let app = App::new();
    let s = app.stack("Data");
    let bucket = Bucket::new(&s, "Uploads", BucketProps::default());
    bucket.grant_read(&Role::new(&s, "Reader", RoleProps::new(ServicePrincipal::lambda())));
    synth(&app);
}
