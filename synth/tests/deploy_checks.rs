//! What CloudFormation (or forma's own deployer) would refuse only at deploy time, reported
//! at synthesis instead: removal policies, reserved names, exports, cross-region references
//! and parameter constraints.

use forma_dsl::intrinsic::{join, sub};
use forma_dsl::{App, DeletionPolicy, Expr, Output, ParameterDef, RawResource, Value};
use forma_synth::assembly::ParameterManifest;
use forma_synth::{synthesize_with, AppKind, Format, Settings, TOOLKIT_STACK};

use crate::support::{error, errors, synth, template};

fn queue() -> RawResource {
    RawResource::new("AWS::SQS::Queue")
}

fn bucket() -> RawResource {
    RawResource::new("AWS::S3::Bucket")
}

/// Asserts the diagnostic points at `line` of this file.
fn at_line(d: &forma_dsl::Diagnostic, line: u32) {
    let loc = d.location.unwrap_or_else(|| panic!("no location: {d}"));
    assert!(loc.file().ends_with("deploy_checks.rs") && loc.line() == line, "{d}: at {loc}, not line {line}");
}

#[test]
fn retain_except_on_create_is_written_as_cloudformation_spells_it() {
    let app = App::new();
    let s = app.stack("Data");
    s.add("Table", RawResource::new("AWS::DynamoDB::Table")).set_deletion_policy(DeletionPolicy::RetainExceptOnCreate);
    let t = template(&app, "Data");
    assert_eq!(t["Resources"]["Table"]["DeletionPolicy"], "RetainExceptOnCreate");
}

#[test]
fn retain_except_on_create_as_update_replace_policy_stops_synthesis_at_the_callers_line() {
    let app = App::new();
    let table = app.stack("Data").add("Table", RawResource::new("AWS::DynamoDB::Table"));
    let line = line!() + 1;
    table.set_update_replace_policy(DeletionPolicy::RetainExceptOnCreate);
    let e = error(&app, "invalid-update-replace-policy");
    assert_eq!(e.path, "Data/Table");
    assert!(e.message.contains("RetainExceptOnCreate is a DeletionPolicy only"), "{}", e.message);
    assert!(e.hint.is_some());
    at_line(&e, line);
}

#[test]
fn set_attribute_misuse_stops_synthesis() {
    let app = App::new();
    let q = app.stack("Web").add("Q", queue());
    q.set_attribute("DeletionPolicy", "Retain");
    let e = error(&app, "reserved-attribute");
    assert_eq!(e.path, "Web/Q");
    assert_eq!(e.hint.as_deref(), Some("use set_deletion_policy"));
}

#[test]
fn empty_on_destroy_on_a_bucket_the_stack_keeps_is_an_error() {
    for policy in [DeletionPolicy::Retain, DeletionPolicy::RetainExceptOnCreate, DeletionPolicy::Snapshot] {
        let app = App::new();
        let logs = app.stack("Data").add("Logs", bucket());
        let line = line!() + 1;
        logs.empty_on_destroy();
        // Set after the call: the contradiction is found at synthesis.
        logs.set_deletion_policy(policy);
        let e = error(&app, "empty-on-destroy-retained");
        assert_eq!(e.path, "Data/Logs");
        assert_eq!(
            e.message,
            format!(
                "empty_on_destroy contradicts DeletionPolicy {}: destroy would empty a bucket the stack keeps",
                policy.as_str()
            )
        );
        assert!(e.hint.as_deref().is_some_and(|h| h.contains("DeletionPolicy::Delete")), "{:?}", e.hint);
        at_line(&e, line);
    }
    let app = App::new();
    let s = app.stack("Data");
    s.add("Logs", bucket()).set_deletion_policy(DeletionPolicy::Delete).empty_on_destroy();
    s.add("Images", RawResource::new("AWS::ECR::Repository")).empty_on_destroy();
    let a = synth(&app);
    // Destroy empties the bucket; the repository empties itself (EmptyOnDelete).
    assert_eq!(a.stacks[0].manifest.empty_on_destroy, ["Logs"]);
    assert_eq!(a.stacks[0].template()["Resources"]["Images"]["Properties"]["EmptyOnDelete"], true);
}

#[test]
fn empty_on_destroy_on_a_type_destroy_cannot_empty_is_an_error() {
    let app = App::new();
    let line = line!() + 1;
    app.stack("Web").add("Jobs", queue()).empty_on_destroy();
    let e = error(&app, "empty-on-destroy-unsupported");
    assert_eq!(e.path, "Web/Jobs");
    assert_eq!(e.message, "empty_on_destroy is for AWS::S3::Bucket and AWS::ECR::Repository, not AWS::SQS::Queue");
    assert!(e.hint.is_some());
    at_line(&e, line);
}

#[test]
fn a_user_stack_named_like_the_toolkit_is_refused_but_the_toolkit_app_may_use_it() {
    let app = App::new();
    let line = line!() + 1;
    app.stack("FormaToolkit").add("Bucket", bucket());
    let e = error(&app, "reserved-stack-name");
    assert_eq!(e.path, TOOLKIT_STACK);
    assert_eq!(e.message, "FormaToolkit is the name of forma's own staging stack");
    assert!(e.hint.as_deref().is_some_and(|h| h.starts_with("rename the stack")));
    at_line(&e, line);

    let toolkit = Settings { format: Format::Json, app_kind: AppKind::Toolkit, ..Settings::default() };
    let a = synthesize_with(&app, toolkit).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.stacks[0].name(), "FormaToolkit");
}

/// `Data` holds a table; `Web` refers to it.
fn two_stacks(data_region: Option<&str>, web_region: Option<&str>) -> App {
    let app = App::new();
    let data = app.stack("Data");
    let web = app.stack("Web");
    if let Some(r) = data_region {
        data.region(r);
    }
    if let Some(r) = web_region {
        web.region(r);
    }
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    web.add("Queue", queue().property("QueueName", table.reference()).property("Tag", table.get_att::<String>("Arn")));
    app
}

#[test]
fn a_reference_between_stacks_pinned_to_different_regions_is_an_error() {
    let app = two_stacks(Some("eu-west-1"), Some("us-east-1"));
    let e = error(&app, "cross-region-reference");
    assert_eq!(e.path, "Web/Queue");
    assert_eq!(
        e.message,
        "refers to `Data/Table` of stack Data (region eu-west-1), but this stack, Web, is in region us-east-1: \
         Fn::ImportValue cannot cross regions"
    );
    assert!(e.hint.is_some());

    let app = App::new();
    let data = app.stack("Data");
    data.account("111111111111");
    let web = app.stack("Web");
    web.account("222222222222");
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    web.add("Queue", queue().property("QueueName", table.reference()));
    let e = error(&app, "cross-account-reference");
    assert!(
        e.message.contains("(account 111111111111), but this stack, Web, is in account 222222222222"),
        "{}",
        e.message
    );

    for (a, b) in [(None, Some("us-east-1")), (Some("eu-west-1"), None), (Some("eu-west-1"), Some("eu-west-1"))] {
        synth(&two_stacks(a, b));
    }
}

#[test]
fn an_export_name_used_twice_is_an_error_naming_both_outputs() {
    let app = App::new();
    let a = app.stack("A");
    let qa = a.add("Q", queue());
    a.add_output("Url", Output::new(qa.reference()).export("Shared"));
    let b = app.stack("B");
    let qb = b.add("Q", queue());
    let line = line!() + 1;
    b.add_output("Url", Output::new(qb.reference()).export("Shared"));
    let e = error(&app, "duplicate-export-name");
    assert_eq!(e.path, "B/Url");
    assert_eq!(e.message, "the export name \"Shared\" of output `B/Url` is also the export name of output `A/Url`");
    at_line(&e, line);

    // The names synthesis gives cross-stack exports count too, wherever they are defined.
    let app = App::new();
    let web = app.stack("Web");
    let data = app.stack("Data");
    web.add_output("Table", Output::new(Value::<String>::from("x")).export("Data:Table"));
    let table = data.add("Table", RawResource::new("AWS::DynamoDB::Table"));
    web.add("Queue", queue().property("QueueName", table.reference()));
    let e = error(&app, "duplicate-export-name");
    assert_eq!(e.path, "Web/Table");
    assert_eq!(
        e.message,
        "the export name \"Data:Table\" of output `Web/Table` is also the export name of output \
         `Data/ExportTable`, the cross-stack export synthesis adds for `Data/Table`"
    );

    // Stacks pinned to different regions have export names of their own.
    let app = App::new();
    for (name, region) in [("A", "eu-west-1"), ("B", "us-east-1")] {
        let s = app.stack(name);
        s.region(region);
        let q = s.add("Q", queue());
        s.add_output("Url", Output::new(q.reference()).export("Shared"));
    }
    synth(&app);
}

#[test]
fn export_names_with_characters_cloudformation_refuses_are_errors() {
    let app = App::new();
    let s = app.stack("Web");
    let q = s.add("Q", queue());
    let line = line!() + 1;
    s.add_output("Dotted", Output::new(q.reference()).export("Web.QueueUrl"));
    s.add_output("Long", Output::new(q.reference()).export("x".repeat(256)));
    s.add_output("Sub", Output::new(q.reference()).export(sub("${AWS::StackName}_Url")));
    s.add_output("Join", Output::new(q.reference()).export(join("/", [Value::from("a"), q.reference()])));
    // Built from values: only CloudFormation knows the name.
    s.add_output("Fine", Output::new(q.reference()).export(sub("${AWS::StackName}:Url")));
    let all = errors(&app);
    let refused: Vec<(&str, &str)> =
        all.iter().filter(|d| d.code == "invalid-export-name").map(|d| (d.path.as_str(), d.message.as_str())).collect();
    assert_eq!(
        refused,
        [
            ("Web/Dotted", "the export name \"Web.QueueUrl\" contains '.'"),
            ("Web/Long", "the export name is 256 characters long (at most 255)"),
            ("Web/Sub", "the export name's Fn::Sub template contains '_'"),
            ("Web/Join", "the export name's Fn::Join contains '/'"),
        ],
        "{all:#?}"
    );
    at_line(&all[0], line);
    assert!(all[0].hint.as_deref().is_some_and(|h| h.contains("letters, digits, ':' and '-'")));
}

/// The one `invalid-parameter-default` error of an app with a stack `P` whose one
/// parameter is declared by `declare`.
fn default_error(declare: impl FnOnce(&forma_dsl::Stack)) -> forma_dsl::Diagnostic {
    let app = App::new();
    let s = app.stack("P");
    declare(&s);
    error(&app, "invalid-parameter-default")
}

/// Declares a parameter (and a resource using it) in a stack; returns the declaration's line.
type Declare = Box<dyn FnOnce(&forma_dsl::Stack) -> u32>;

#[test]
fn parameter_defaults_must_meet_their_own_constraints() {
    let cases: Vec<(Declare, &str)> = vec![
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter("Env", ParameterDef::string().default("qa").allowed_values(["dev", "prod"]));
                s.add("Q", queue().property("QueueName", p.value()));
                line
            }),
            "\"qa\" is not one of the AllowedValues: dev, prod",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter(
                    "Tag",
                    ParameterDef::string()
                        .default("Latest")
                        .allowed_pattern("[a-z0-9.-]+")
                        .constraint_description("lower-case letters, digits, '.' and '-'"),
                );
                s.add("Q", queue().property("QueueName", p.value()));
                line
            }),
            "\"Latest\" does not match the AllowedPattern \"[a-z0-9.-]+\": lower-case letters, digits, '.' and '-'",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter("Name", ParameterDef::string().default("ab").min_length(3));
                s.add("Q", queue().property("QueueName", p.value()));
                line
            }),
            "\"ab\" is 2 characters long, shorter than the MinLength 3",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter("Name", ParameterDef::string().default("abcd").max_length(3));
                s.add("Q", queue().property("QueueName", p.value()));
                line
            }),
            "\"abcd\" is 4 characters long, longer than the MaxLength 3",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter("Size", ParameterDef::number().default(0).min_value(1.0));
                s.add("Q", queue().property("DelaySeconds", p.value()));
                line
            }),
            "\"0\" is less than the MinValue 1",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter("Size", ParameterDef::number().default(12).max_value(10.0));
                s.add("Q", queue().property("DelaySeconds", p.value()));
                line
            }),
            "\"12\" is greater than the MaxValue 10",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter(
                    "Size",
                    ParameterDef::number().default(Value::from_expr(Expr::String("ten".into()))),
                );
                s.add("Q", queue().property("DelaySeconds", p.value()));
                line
            }),
            "\"ten\" is not a number (the parameter's type is Number)",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter(
                    "Zones",
                    ParameterDef::comma_delimited_list().default(vec!["a", "c"]).allowed_values(["a", "b"]),
                );
                s.add("Q", queue().property("Tags", p.value()));
                line
            }),
            "item \"c\" of \"a,c\" is not one of the AllowedValues: a, b",
        ),
        (
            Box::new(|s| {
                let line = line!() + 1;
                let p = s.add_parameter(
                    "Subnets",
                    ParameterDef::aws_list("AWS::EC2::Subnet::Id")
                        .default(vec!["subnet-1", "vpc-2"])
                        .allowed_values(["subnet-1", "subnet-2"]),
                );
                s.add("Q", queue().property("Tags", p.value()));
                line
            }),
            "item \"vpc-2\" of \"subnet-1,vpc-2\" is not one of the AllowedValues: subnet-1, subnet-2",
        ),
    ];
    for (declare, why) in cases {
        let mut line = 0;
        let e = default_error(|s| line = declare(s));
        assert!(e.path.starts_with("P/"), "{e}");
        assert_eq!(e.message, format!("the default breaks the parameter's own constraints: {why}"));
        assert!(e.hint.is_some());
        at_line(&e, line);
    }
}

#[test]
fn parameter_defaults_that_meet_their_constraints_pass() {
    let app = App::new();
    let s = app.stack("P");
    let params = [
        s.add_parameter("Env", ParameterDef::string().default("dev").allowed_values(["dev", "prod"])).value(),
        s.add_parameter("Tag", ParameterDef::string().default("v1.2").allowed_pattern("v[0-9.]+").max_length(8))
            .value(),
        // Lookbehind: Java's, not Rust's. Not checked, and not an error.
        s.add_parameter("Odd", ParameterDef::string().default("xb").allowed_pattern("(?<!a)b|xb")).value(),
    ];
    let size = s.add_parameter("Size", ParameterDef::number().default(5).min_value(1.0).max_value(10.0));
    let zones = s.add_parameter(
        "Zones",
        ParameterDef::comma_delimited_list().default(vec!["a", "b"]).allowed_values(["a", "b"]).allowed_pattern("[ab]"),
    );
    let mut q = queue().property("DelaySeconds", size.value()).property("Tags", zones.value());
    for (i, p) in params.into_iter().enumerate() {
        q = q.property(format!("P{i}"), p);
    }
    s.add("Q", q);
    synth(&app);
}

#[test]
fn contradictory_constraints_and_broken_patterns_are_errors() {
    let app = App::new();
    let s = app.stack("P");
    let line = line!() + 1;
    let name = s.add_parameter("Name", ParameterDef::string().min_length(5).max_length(3));
    let size = s.add_parameter("Size", ParameterDef::number().default(4).min_value(5.0).max_value(3.0));
    let tag = s.add_parameter("Tag", ParameterDef::string().allowed_pattern("[a-z"));
    s.add(
        "Q",
        queue().property("QueueName", name.value()).property("DelaySeconds", size.value()).property("Tag", tag.value()),
    );
    let all = errors(&app);
    let found: Vec<(&str, &str, &str)> = all.iter().map(|d| (d.code, d.path.as_str(), d.message.as_str())).collect();
    assert_eq!(found.len(), 3, "one error each, and none for Size's default: {all:#?}");
    assert_eq!(
        found[0],
        ("contradictory-constraints", "P/Name", "MinLength 5 is greater than MaxLength 3: no value can meet both")
    );
    assert_eq!(
        found[1],
        ("contradictory-constraints", "P/Size", "MinValue 5 is greater than MaxValue 3: no value can meet both")
    );
    assert_eq!((found[2].0, found[2].1), ("invalid-allowed-pattern", "P/Tag"));
    assert!(found[2].2.starts_with("the AllowedPattern \"[a-z\" is not a regular expression: "), "{}", found[2].2);
    at_line(&all[0], line);
}

#[test]
fn the_manifest_records_parameter_constraints_and_older_manifests_still_load() {
    let app = App::new();
    let s = app.stack("P");
    let env = s.add_parameter(
        "Env",
        ParameterDef::string()
            .default("dev")
            .allowed_values(["dev", "prod"])
            .allowed_pattern("[a-z]+")
            .min_length(3)
            .max_length(4)
            .constraint_description("dev or prod"),
    );
    let size = s.add_parameter("Size", ParameterDef::number().default(5).min_value(1.0).max_value(10.0));
    s.add("Q", queue().property("QueueName", env.value()).property("DelaySeconds", size.value()));
    let m = &synth(&app).stacks[0].manifest;
    let env = &m.parameters["Env"];
    assert_eq!(env.allowed_values, ["dev", "prod"]);
    assert_eq!(env.allowed_pattern.as_deref(), Some("[a-z]+"));
    assert_eq!((env.min_length, env.max_length), (Some(3), Some(4)));
    assert_eq!(env.constraint_description.as_deref(), Some("dev or prod"));
    assert_eq!(env.check("qa").unwrap_err(), "\"qa\" is not one of the AllowedValues: dev, prod: dev or prod");
    assert_eq!((m.parameters["Size"].min_value, m.parameters["Size"].max_value), (Some(1.0), Some(10.0)));

    let old: ParameterManifest = serde_json::from_str(r#"{"type": "String", "default": "dev"}"#).unwrap();
    assert!(old.allowed_values.is_empty() && old.allowed_pattern.is_none() && old.min_value.is_none());
    assert_eq!(serde_json::to_string(&old).unwrap(), r#"{"type":"String","default":"dev"}"#, "compact");
}
