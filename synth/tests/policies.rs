//! IAM statements IAM or the service would refuse, refused at synthesis with the construct
//! path, the statement's path and the user's line.

use forma_dsl::cfn::{iam, s3};
use forma_dsl::iam::{PolicyDocument, PolicyStatement, Principal, Role, RoleProps, ServicePrincipal};
use forma_dsl::{list, obj, App, Diagnostic, Expr};
use forma_synth::{synthesize_with, Format, Settings};

fn settings() -> Settings {
    Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() }
}

/// `(code path: message, line)` of every diagnostic (synthesis must fail), each at a line of
/// this file.
fn refused(app: &App) -> Vec<(String, u32)> {
    let diags: Vec<Diagnostic> = match synthesize_with(app, settings()) {
        Ok(a) => panic!("synthesis succeeded: {:?}", a.diagnostics),
        Err(e) => e.diagnostics,
    };
    diags
        .iter()
        .map(|d| {
            assert!(d.is_error(), "{d}");
            assert_eq!(d.location.map(|l| l.file()), Some(file!()), "{d}");
            (format!("{} {}: {}", d.code, d.path, d.message), d.location.map_or(0, |l| l.line()))
        })
        .collect()
}

fn trust() -> Expr {
    obj! {
        "Version" => "2012-10-17",
        "Statement" => list![obj! {
            "Effect" => "Allow",
            "Principal" => obj! { "Service" => "lambda.amazonaws.com" },
            "Action" => "sts:AssumeRole",
        }],
    }
}

#[test]
fn statements_a_role_policy_cannot_hold_are_refused_at_the_users_line() {
    // (statement, "code problem")
    let cases: Vec<(PolicyStatement, &str)> = vec![
        (PolicyStatement::allow().resource("*"), "policy-missing-element Statement[0]: the statement has no Action"),
        (
            PolicyStatement::allow().action("s3GetObject").resource("*"),
            "policy-action-format Statement[0].Action: the action \"s3GetObject\" has no service prefix (s3:GetObject)",
        ),
        (
            PolicyStatement::allow().action("s3:Get Object").resource("*"),
            "policy-action-format Statement[0].Action: the action \"s3:Get Object\" contains ' '",
        ),
        (
            PolicyStatement::allow().action("s3:GetObject").resource(""),
            "policy-empty-element Statement[0].Resource: the statement's Resource is empty",
        ),
        (PolicyStatement::allow().action("s3:GetObject"), "policy-missing-element Statement[0]: the statement has no Resource"),
        (
            PolicyStatement::allow().action("s3:GetObject").resource("*").principal(Principal::Anyone),
            "policy-misplaced-element Statement[0]: an identity policy's statement names a Principal; IAM refuses it there",
        ),
        (
            PolicyStatement::allow().action("s3:GetObject").resource("*").condition(
                "StringEqual",
                "aws:SourceVpc",
                "v",
            ),
            "policy-condition-operator Statement[0].Condition: \"StringEqual\" is not a condition operator",
        ),
        (
            PolicyStatement::allow().action("s3:GetObject").resource("*").sid("read-all"),
            "policy-sid-characters Statement[0].Sid: the Sid \"read-all\" contains '-'; IAM takes letters and digits only",
        ),
    ];
    for (statement, coded) in cases {
        let (code, problem) = coded.split_once(' ').expect("a code, then the problem");
        let app = App::new();
        let role = Role::new(&app.stack("Auth"), "Worker", RoleProps::new(ServicePrincipal::lambda()));
        let line = line!() + 1;
        role.add_to_policy(statement);
        assert_eq!(
            refused(&app),
            [(format!("{code} Auth/Worker/DefaultPolicy: Properties.PolicyDocument.{problem}"), line)]
        );
    }
}

#[test]
fn the_hint_of_an_unknown_condition_operator_is_the_closest_one() {
    let app = App::new();
    let doc = PolicyDocument::new().statement(PolicyStatement::allow().action("s3:GetObject").resource("*").condition(
        "StringEqualsIfExist",
        "k",
        "v",
    ));
    app.stack("Auth").add("Policy", iam::ManagedPolicy::new(doc));
    let e = synthesize_with(&app, settings()).expect_err("refused");
    assert_eq!(e.diagnostics[0].hint.as_deref(), Some("did you mean `StringEqualsIfExists`?"));
}

#[test]
fn duplicate_sids_effects_and_versions_of_iam_documents_are_refused() {
    let app = App::new();
    let doc = obj! {
        "Version" => "2012-10-18",
        "Statement" => list![
            obj! { "Sid" => "Read", "Effect" => "Allow", "Action" => "s3:GetObject", "Resource" => "*" },
            obj! { "Sid" => "Read", "Effect" => "allow", "Action" => list![], "Resource" => list!["*", ""] },
        ],
    };
    let line = line!() + 1;
    app.stack("Auth").add("Policy", iam::Policy::new(doc, "Reads").roles(vec!["worker"]));
    let path = "Auth/Policy: Properties.PolicyDocument";
    assert_eq!(
        refused(&app),
        [
            (format!("policy-version {path}.Version: \"2012-10-18\" is not a policy language version"), line),
            (
                format!(
                    "policy-duplicate-sid {path}.Statement[1].Sid: the Sid \"Read\" is also the Sid of Statement[0]; IAM takes each once"
                ),
                line
            ),
            (format!("policy-effect {path}.Statement[1].Effect: \"allow\" is not an effect"), line),
            (format!("policy-empty-element {path}.Statement[1].Action: the statement's Action is empty"), line),
            (format!("policy-empty-element {path}.Statement[1].Resource: the statement's Resource is empty"), line),
        ]
    );
}

#[test]
fn trust_and_resource_policies_need_a_principal_and_a_trust_policy_no_resource() {
    let app = App::new();
    let s = app.stack("Auth");
    let doc = obj! {
        "Statement" => obj! { "Effect" => "Allow", "Action" => "sts:AssumeRole", "Resource" => "*" },
    };
    let role_line = line!() + 1;
    s.add("Role", iam::Role::new(doc));
    let bucket_doc = PolicyDocument::new()
        .statement(PolicyStatement::allow().action("s3:GetObject").resource("arn:aws:s3:::b/*"))
        .statement(
            PolicyStatement::deny().principal(Principal::Aws("".into())).action("s3:*").resource("arn:aws:s3:::b/*"),
        );
    let bucket_line = line!() + 1;
    s.add("Policy", s3::BucketPolicy::new("b", bucket_doc));
    assert_eq!(
        refused(&app),
        [
            (
                "policy-misplaced-element Auth/Role: Properties.AssumeRolePolicyDocument.Statement[0]: a trust policy's \
                 statement names a Resource; IAM refuses it there"
                    .to_owned(),
                role_line
            ),
            (
                "policy-missing-element Auth/Role: Properties.AssumeRolePolicyDocument.Statement[0]: the statement has no \
                 Principal"
                    .to_owned(),
                role_line
            ),
            (
                "policy-missing-element Auth/Policy: Properties.PolicyDocument.Statement[0]: the statement has no Principal"
                    .to_owned(),
                bucket_line
            ),
            (
                "policy-empty-element Auth/Policy: Properties.PolicyDocument.Statement[1].Principal: the AWS principal is \
                 empty"
                    .to_owned(),
                bucket_line
            ),
        ]
    );
}

#[test]
fn what_iam_takes_passes_and_intrinsics_are_not_judged() {
    let app = App::new();
    let s = app.stack("Auth");
    let bucket = s.add("Bucket", s3::Bucket::new());
    let role = Role::new(&s, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    role.add_to_policy(
        PolicyStatement::allow()
            .sid("ReadOnly2")
            .actions(["s3:Get*", "s3:List?ucket", "execute-api:Invoke"])
            .resource(bucket.arn())
            .condition("ForAnyValue:StringLikeIfExists", "aws:TagKeys", list!["a*"])
            .condition("Null", "aws:SourceVpc", "false")
            .condition("ForAllValues:ArnEquals", "aws:SourceArn", bucket.arn()),
    );
    role.add_to_policy(PolicyStatement::deny().action("*").resource("*").sid("ReadOnly3"));
    // A document the template computes is not judged.
    s.add(
        "Computed",
        iam::ManagedPolicy::new(forma_dsl::Value::<forma_dsl::Json>::from_expr(Expr::Map(Box::new(
            [("Fn::If".to_owned(), list!["c", "a", "b"])].into_iter().collect(),
        )))),
    );
    s.add("Trusting", iam::Role::new(trust()));
    let a = synthesize_with(&app, settings()).unwrap_or_else(|e| panic!("{e}"));
    assert!(a.diagnostics.iter().all(|d| !d.code.starts_with("policy-")), "{:?}", a.diagnostics);
}
