//! `--parameter Stack:Name=Value`, checked against the assembly before anything reaches AWS.

use forma_cli::deploy::error::ErrorKind;
use forma_cli::deploy::parse_parameters;
use forma_dsl::{App, ParameterDef, RawResource};
use forma_synth::{synthesize, Format, StackManifest};

/// `Web` with an `ImageTag` (pattern, lengths), an `Env` (allowed values, a default), a
/// `Replicas` number and a masked `Token`; `Plain`, without parameters, is applied first.
fn stacks() -> Vec<StackManifest> {
    let app = App::new();
    app.stack("Plain").add("Topic", RawResource::new("AWS::SNS::Topic"));
    let web = app.stack("Web");
    let tag = web.add_parameter(
        "ImageTag",
        ParameterDef::string()
            .allowed_pattern("v[0-9]+(\\.[0-9]+)*")
            .max_length(12)
            .constraint_description("like v1.2"),
    );
    let env = web.add_parameter("Env", ParameterDef::string().default("dev").allowed_values(["dev", "prod"]));
    let replicas = web.add_parameter("Replicas", ParameterDef::number().min_value(1.0).max_value(5.0));
    let token = web.add_parameter("Token", ParameterDef::string().no_echo().min_length(20));
    web.add(
        "Queue",
        RawResource::new("AWS::SQS::Queue")
            .property("QueueName", tag.value())
            .property("Env", env.value())
            .property("DelaySeconds", replicas.value())
            .property("Token", token.value()),
    );
    let assembly = synthesize(&app, Format::Json).unwrap_or_else(|e| panic!("{e}"));
    assembly.stacks.into_iter().map(|s| s.manifest).collect()
}

fn args(given: &[&str]) -> Vec<String> {
    given.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn values_that_meet_the_constraints_are_passed_on() {
    let given = args(&["Web:ImageTag=v1.2", "Web:Env=prod", "Web:Replicas=3", "Web:Token=aaaaaaaaaaaaaaaaaaaaaaaa"]);
    let parsed = parse_parameters(&given, &stacks()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parsed["Web"]["ImageTag"], "v1.2");
    assert_eq!(parsed["Web"]["Replicas"], "3");
}

#[test]
fn a_value_that_breaks_a_constraint_is_refused_naming_stack_parameter_and_constraint() {
    let cases = [
        ("Web:Env=qa", "Web: parameter Env: \"qa\" is not one of the AllowedValues: dev, prod"),
        ("Web:ImageTag=latest", "Web: parameter ImageTag: \"latest\" does not match the AllowedPattern \"v[0-9]+(\\\\.[0-9]+)*\": like v1.2"),
        ("Web:ImageTag=v1.2.3.4.5.6.7", "Web: parameter ImageTag: \"v1.2.3.4.5.6.7\" is 14 characters long, longer than the MaxLength 12: like v1.2"),
        ("Web:Replicas=many", "Web: parameter Replicas: \"many\" is not a number (the parameter's type is Number)"),
        ("Web:Replicas=9", "Web: parameter Replicas: \"9\" is greater than the MaxValue 5"),
    ];
    for (given, message) in cases {
        let e = parse_parameters(&args(&[given]), &stacks()).expect_err(given);
        assert_eq!(e.kind, ErrorKind::Input, "{given}");
        assert_eq!(e.stack.as_deref(), Some("Web"), "{given}");
        assert_eq!(e.to_string(), message, "{given}");
        assert!(e.hint.is_some(), "{given}");
    }
    let e = parse_parameters(&args(&["Web:Env=qa"]), &stacks()).unwrap_err();
    assert_eq!(e.hint.as_deref(), Some("pass a value that meets it, or leave out Web:Env to use the default"));
}

#[test]
fn a_masked_value_is_not_repeated_in_the_error() {
    let e = parse_parameters(&args(&["Web:Token=hunter2"]), &stacks()).unwrap_err();
    assert_eq!(e.to_string(), "Web: parameter Token: the value is 7 characters long, shorter than the MinLength 20");
    assert!(!format!("{e:?}").contains("hunter2"));
}

#[test]
fn the_hint_for_a_malformed_parameter_uses_the_apps_own_names() {
    let all = stacks();
    let e = parse_parameters(&args(&["Web.Env=prod"]), &all).unwrap_err();
    assert_eq!(e.to_string(), "--parameter \"Web.Env=prod\" is not Stack:Name=Value");
    assert_eq!(e.hint.as_deref(), Some("for example --parameter Web:ImageTag=VALUE"), "Plain has no parameter");
    let plain: Vec<StackManifest> = all.into_iter().filter(|s| s.name == "Plain").collect();
    let e = parse_parameters(&args(&["oops"]), &plain).unwrap_err();
    assert_eq!(e.hint.as_deref(), Some("for example --parameter STACK:NAME=VALUE"));
}
