//! An endpoint that answers with a bare HTTP error (a proxy's or an emulator's page, no AWS
//! error code): the message names the status and the call, and the hint fits the status.

use aws_sdk_cloudformation::Client;
use aws_smithy_mocks::{mock, Rule};
use aws_smithy_runtime_api::http::{Response as HttpResponse, StatusCode};
use aws_smithy_types::body::SdkBody;
use forma_cli::deploy::cfn;

use super::status::client;

fn page(status: u16) -> Rule {
    mock!(Client::describe_stacks).then_http_response(move || {
        HttpResponse::new(
            StatusCode::try_from(status).expect("a status code"),
            SdkBody::from("<html><body><h1>Nope</h1></body></html>"),
        )
    })
}

#[tokio::test]
async fn a_bare_http_error_names_the_status_the_call_and_a_hint_for_that_status() {
    for (status, hint) in [
        (403, "the endpoint refused the credentials"),
        (500, "the endpoint itself failed (a server error)"),
        (502, "the endpoint itself failed (a server error)"),
        (404, "the endpoint does not implement this action"),
    ] {
        let rule = page(status);
        let e = cfn::describe(&client(&[&rule]), "Web").await.expect_err("an HTTP error");
        assert_eq!(e.to_string(), format!("Web: DescribeStacks: HTTP {status} without an AWS error code"));
        assert!(e.hint.as_deref().is_some_and(|h| h.starts_with(hint)), "{status}: {:?}", e.hint);
    }
}
