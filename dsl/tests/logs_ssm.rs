//! logs::LogGroup and ssm::StringParameter.

use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::logs::{LogGroup, LogGroupProps, Retention};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::{App, RemovalPolicy};
use serde_json::json;

use crate::support::{only, problems, synth};

#[test]
fn a_log_group_always_has_a_retention() {
    let app = App::new();
    let stack = app.stack("Ops");
    LogGroup::new(&stack, "Default", LogGroupProps::default());
    LogGroup::new(
        &stack,
        "Short",
        LogGroupProps::default().retention(Retention::OneWeek).removal_policy(RemovalPolicy::Destroy),
    );
    let a = synth(&app);
    let groups: Vec<(i64, &str)> = crate::support::resources(&a, "Ops")
        .values()
        .map(|r| (r["Properties"]["RetentionInDays"].as_i64().unwrap(), r["DeletionPolicy"].as_str().unwrap()))
        .collect();
    assert_eq!(groups, [(30, "Retain"), (7, "Delete")]);
}

#[test]
fn a_parameter_arn_follows_its_name_and_grants_read_it_exactly() {
    let app = App::new();
    let stack = app.stack("Cfg");
    let rooted = StringParameter::new(&stack, "Url", StringParameterProps::new("https://x").parameter_name("/app/url"));
    let role = Role::new(&stack, "Reader", RoleProps::new(ServicePrincipal::lambda()));
    rooted.grant_read(&role);
    let a = synth(&app);
    let (param_id, p) = only(&a, "Cfg", "AWS::SSM::Parameter");
    assert_eq!(p["Properties"], json!({ "Name": "/app/url", "Type": "String", "Value": "https://x" }));
    let (_, policy) = only(&a, "Cfg", "AWS::IAM::Policy");
    assert_eq!(
        policy["Properties"]["PolicyDocument"]["Statement"][0],
        json!({ "Effect": "Allow", "Action": ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"],
                "Resource": { "Fn::Sub": ["arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${Name}",
                                          { "Name": { "Ref": param_id } }] } })
    );
}

#[test]
fn a_parameter_name_with_an_empty_part_is_an_error() {
    let app = App::new();
    let stack = app.stack("Cfg");
    StringParameter::new(&stack, "Bad", StringParameterProps::new("x").parameter_name("/app//url"));
    let got = problems(&app);
    assert_eq!(got[0], "error[invalid-parameter-name] Cfg/Bad: the parameter name \"/app//url\" has an empty part");
}
