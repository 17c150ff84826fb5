//! cognito::UserPool and a REST API behind its authorizer.

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::cognito::{Mfa, UserPool, UserPoolProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::{App, RemovalPolicy};
use serde_json::json;

use crate::support::{only, problems, synth};

#[test]
fn a_user_pool_signs_in_with_email_asks_strong_passwords_offers_mfa_and_is_kept() {
    let app = App::new();
    let stack = app.stack("Auth");
    let pool = UserPool::new(&stack, "Users", UserPoolProps::default());
    pool.add_client("WebClient");
    let a = synth(&app);
    let (_, p) = only(&a, "Auth", "AWS::Cognito::UserPool");
    assert_eq!(p["Properties"]["UsernameAttributes"], json!(["email"]));
    assert_eq!(p["Properties"]["MfaConfiguration"], "OPTIONAL");
    assert_eq!(p["Properties"]["EnabledMfas"], json!(["SOFTWARE_TOKEN_MFA"]));
    assert_eq!(p["Properties"]["DeletionProtection"], "ACTIVE");
    assert_eq!(p["Properties"]["AdminCreateUserConfig"], json!({ "AllowAdminCreateUserOnly": true }));
    assert_eq!(p["Properties"]["Policies"]["PasswordPolicy"]["MinimumLength"], 12);
    assert_eq!(p["DeletionPolicy"], "Retain");
    let (_, c) = only(&a, "Auth", "AWS::Cognito::UserPoolClient");
    assert_eq!(c["Properties"]["GenerateSecret"], false);
    assert_eq!(c["Properties"]["PreventUserExistenceErrors"], "ENABLED");
}

#[test]
fn a_daily_rebuild_pool_can_be_destroyed_and_a_weak_password_policy_is_refused() {
    let app = App::new();
    let stack = app.stack("Auth");
    UserPool::new(&stack, "Users", UserPoolProps::default().removal_policy(RemovalPolicy::Destroy).mfa(Mfa::Off));
    UserPool::new(&stack, "Weak", UserPoolProps::default().min_password_length(6));
    let got = problems(&app);
    assert_eq!(got[0], "error[invalid-user-pool] Auth/Weak: min_password_length is 6; AWS allows 8 to 99", "{got:#?}");
}

#[test]
fn an_authorized_method_takes_the_pools_tokens_only() {
    let app = App::new();
    let stack = app.stack("Auth");
    let pool = UserPool::new(&stack, "Users", UserPoolProps::default());
    let f = Function::new(
        &stack,
        "Handler",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")),
    );
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    let authorizer = api.add_cognito_authorizer("Users", &pool);
    api.root().add_resource("me").add_authorized_method("GET", &f, &authorizer);
    let a = synth(&app);
    let (pool_id, _) = only(&a, "Auth", "AWS::Cognito::UserPool");
    let (authorizer_id, au) = only(&a, "Auth", "AWS::ApiGateway::Authorizer");
    assert_eq!(au["Properties"]["Type"], "COGNITO_USER_POOLS");
    assert_eq!(au["Properties"]["ProviderARNs"], json!([{ "Fn::GetAtt": [pool_id, "Arn"] }]));
    let (_, m) = only(&a, "Auth", "AWS::ApiGateway::Method");
    assert_eq!(m["Properties"]["AuthorizationType"], "COGNITO_USER_POOLS");
    assert_eq!(m["Properties"]["AuthorizerId"], json!({ "Ref": authorizer_id }));
}
