//! apigateway::RestApi: resources, methods, permissions, the deployment and its stage.

use forma_dsl::apigateway::{Cors, RestApi, RestApiProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::App;
use serde_json::json;

use crate::support::{only, problems, resources, synth};

fn handler(stack: &forma_dsl::Stack) -> Function {
    Function::new(stack, "Handler", FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")))
}

#[test]
fn a_method_is_a_lambda_proxy_that_only_this_route_may_invoke() {
    let app = App::new();
    let stack = app.stack("Web");
    let f = handler(&stack);
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    api.root().add_resource("items").add_resource("{id}").add_method("get", &f);
    stack.add_output("Url", forma_dsl::Output::new(api.url()));
    let a = synth(&app);
    let (api_id, _) = only(&a, "Web", "AWS::ApiGateway::RestApi");
    let (function_id, _) = only(&a, "Web", "AWS::Lambda::Function");
    let (method_id, m) = only(&a, "Web", "AWS::ApiGateway::Method");
    assert_eq!(m["Properties"]["HttpMethod"], "GET");
    assert_eq!(m["Properties"]["Integration"]["Type"], "AWS_PROXY");
    assert_eq!(m["Properties"]["Integration"]["IntegrationHttpMethod"], "POST");
    let (_, p) = only(&a, "Web", "AWS::Lambda::Permission");
    assert_eq!(p["Properties"]["Principal"], "apigateway.amazonaws.com");
    assert_eq!(
        p["Properties"]["SourceArn"],
        json!({ "Fn::Sub": ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/prod/GET/items/{id}",
                            { "Api": { "Ref": api_id } }] })
    );
    assert_eq!(p["Properties"]["FunctionName"], json!({ "Fn::GetAtt": [function_id, "Arn"] }));
    let (_, d) = only(&a, "Web", "AWS::ApiGateway::Deployment");
    assert_eq!(d["DependsOn"], json!([method_id]));
    let (_, stage) = only(&a, "Web", "AWS::ApiGateway::Stage");
    assert_eq!(stage["Properties"]["StageName"], "prod");
    assert_eq!(
        stage["Properties"]["MethodSettings"],
        json!([{ "HttpMethod": "*", "ResourcePath": "/*", "ThrottlingBurstLimit": 200, "ThrottlingRateLimit": 100.0 }])
    );
    assert!(stage["Properties"]["AccessLogSetting"]["DestinationArn"].get("Fn::GetAtt").is_some());
}

/// The logical id of the API's deployment.
fn deployment_id(methods: &[&str]) -> String {
    let app = App::new();
    let stack = app.stack("Web");
    let f = handler(&stack);
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    let items = api.root().add_resource("items");
    for m in methods {
        items.add_method(m, &f);
    }
    let a = synth(&app);
    only(&a, "Web", "AWS::ApiGateway::Deployment").0.to_owned()
}

#[test]
fn changing_the_methods_makes_a_new_deployment_and_nothing_else_does() {
    assert_eq!(deployment_id(&["GET"]), deployment_id(&["GET"]));
    assert_ne!(deployment_id(&["GET"]), deployment_id(&["GET", "POST"]), "a new method is deployed");
}

#[test]
fn cors_adds_a_preflight_method_to_every_resource() {
    let app = App::new();
    let stack = app.stack("Web");
    let f = handler(&stack);
    let api = RestApi::new(&stack, "Api", RestApiProps::default().cors(Cors::origin("https://app.example.com")));
    api.root().add_resource("items").add_method("GET", &f);
    let a = synth(&app);
    let options: Vec<&serde_json::Value> = resources(&a, "Web")
        .values()
        .filter(|r| r["Type"] == "AWS::ApiGateway::Method" && r["Properties"]["HttpMethod"] == "OPTIONS")
        .collect();
    assert_eq!(options.len(), 1);
    assert_eq!(options[0]["Properties"]["Integration"]["Type"], "MOCK");
    assert_eq!(
        options[0]["Properties"]["Integration"]["IntegrationResponses"][0]["ResponseParameters"]
            ["method.response.header.Access-Control-Allow-Origin"],
        "'https://app.example.com'"
    );
}

#[test]
fn bad_paths_and_methods_are_errors_at_the_api() {
    let app = App::new();
    let stack = app.stack("Web");
    let f = handler(&stack);
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    api.root().add_resource("items/{id}");
    api.root().add_resource("things").add_method("FETCH", &f);
    let got = problems(&app);
    assert_eq!(
        got[..2],
        [
            "error[api-path-part] Web/Api: the path part \"items/{id}\" of /items/{id} is not a path segment or a {parameter}",
            "error[api-method] Web/Api: FETCH is not an HTTP method API Gateway routes",
        ],
        "{got:#?}"
    );
}

#[test]
fn an_http_api_routes_to_a_function_on_an_auto_deployed_stage() {
    use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
    let app = App::new();
    let stack = app.stack("Web");
    let f = handler(&stack);
    let api = HttpApi::new(&stack, "Http", HttpApiProps::default());
    api.add_route("GET /items/{id}", &f);
    stack.add_output("Url", forma_dsl::Output::new(api.url()));
    let a = synth(&app);
    let (api_id, _) = only(&a, "Web", "AWS::ApiGatewayV2::Api");
    let (integration_id, i) = only(&a, "Web", "AWS::ApiGatewayV2::Integration");
    assert_eq!(i["Properties"]["IntegrationType"], "AWS_PROXY");
    assert_eq!(i["Properties"]["PayloadFormatVersion"], "2.0");
    let (_, r) = only(&a, "Web", "AWS::ApiGatewayV2::Route");
    assert_eq!(r["Properties"]["RouteKey"], "GET /items/{id}");
    assert_eq!(
        r["Properties"]["Target"],
        json!({ "Fn::Sub": ["integrations/${Id}", { "Id": { "Ref": integration_id } }] })
    );
    let (_, s) = only(&a, "Web", "AWS::ApiGatewayV2::Stage");
    assert_eq!((&s["Properties"]["StageName"], &s["Properties"]["AutoDeploy"]), (&json!("$default"), &json!(true)));
    let (_, p) = only(&a, "Web", "AWS::Lambda::Permission");
    assert_eq!(
        p["Properties"]["SourceArn"],
        json!({ "Fn::Sub": ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/items/{id}",
                            { "Api": { "Ref": api_id } }] })
    );
}

#[test]
fn an_http_route_that_is_not_method_and_path_is_an_error() {
    use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
    let app = App::new();
    let stack = app.stack("Web");
    let f = handler(&stack);
    let api = HttpApi::new(&stack, "Http", HttpApiProps::default());
    api.add_route("items", &f);
    let got = problems(&app);
    assert_eq!(got[0], "error[route-format] Web/Http: \"items\" is not METHOD /path", "{got:#?}");
}
