//! `apigatewayv2::HttpApi`: an HTTP API whose routes go to functions, on an auto-deployed
//! `$default` stage with access logs and throttling.

use forma_core::intent::{ApiIntent, EventKind, Intent, Route};
use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::apigatewayv2 as l1;
use forma_cfn::apigatewayv2::api::Cors as L1Cors;
use forma_cfn::apigatewayv2::stage::{AccessLogSettings, RouteSettings};
use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::iam::ServicePrincipal;
use crate::lambda::AsFunction;
use crate::logs::{LogGroup, LogGroupProps, Retention};

const ACCESS_LOG_FORMAT: &str = r#"{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","routeKey":"$context.routeKey","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength","integrationLatency":"$context.integrationLatency"}"#;

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];

/// What an [`HttpApi`] is made of. Nothing is required.
#[derive(Debug, Clone)]
pub struct HttpApiProps {
    rate_limit: f64,
    burst_limit: u32,
    log_retention: Retention,
    cors_origins: Vec<String>,
}

impl Default for HttpApiProps {
    fn default() -> Self {
        HttpApiProps {
            rate_limit: 100.0,
            burst_limit: 200,
            log_retention: Retention::OneMonth,
            cors_origins: Vec::new(),
        }
    }
}

impl HttpApiProps {
    /// Requests per second, and the burst above it. Default: 100 and 200.
    pub fn throttling(mut self, rate_per_second: f64, burst: u32) -> Self {
        self.rate_limit = rate_per_second;
        self.burst_limit = burst;
        self
    }

    /// How long the access logs are kept. Default: `Retention::OneMonth`.
    pub fn log_retention(mut self, retention: Retention) -> Self {
        self.log_retention = retention;
        self
    }

    /// Lets browsers on these origins call the API. Default: none.
    pub fn cors_origins<S: Into<String>>(mut self, origins: impl IntoIterator<Item = S>) -> Self {
        self.cors_origins = origins.into_iter().map(Into::into).collect();
        self
    }
}

/// An HTTP API: the L1 `AWS::ApiGatewayV2::Api` under the child id `Resource` and its
/// `$default` stage (`Stage`), which deploys every change and logs each request
/// (`AccessLogs`).
#[derive(Clone)]
pub struct HttpApi {
    scope: Scope,
    resource: Resource<l1::Api>,
    access_logs: LogGroup,
    routes: Rc<RefCell<Vec<String>>>,
}

forma_core::construct!(HttpApi, l1::Api);

impl HttpApi {
    /// An HTTP API under `scope` with id `id`; add its routes with [`HttpApi::add_route`].
    ///
    /// ```
    /// use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
    /// use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Api");
    /// let handler = Function::new(&stack, "Handler", FunctionProps::new(
    ///     Runtime::Python312, "index.handler", Code::inline("def handler(event, context):\n    return {}\n")));
    /// let api = HttpApi::new(&stack, "Http", HttpApiProps::default().cors_origins(["https://app.example.com"]));
    /// api.add_route("GET /items/{id}", &handler);
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: HttpApiProps) -> HttpApi {
        let scope = scope.as_scope().child(id);
        let mut api = l1::Api::new().name(format!("{}-{}", scope.stack().name(), id)).protocol_type("HTTP");
        if !props.cors_origins.is_empty() {
            api = api.cors_configuration(
                L1Cors::new()
                    .allow_origins(props.cors_origins)
                    .allow_methods(vec!["*".to_owned()])
                    .allow_headers(vec!["content-type".to_owned(), "authorization".to_owned()]),
            );
        }
        let resource = scope.add("Resource", api);
        let logs = LogGroup::new(&scope, "AccessLogs", LogGroupProps::default().retention(props.log_retention));
        let stage = scope.add(
            "Stage",
            l1::Stage::new(resource.reference(), "$default")
                .auto_deploy(true)
                .access_log_settings(AccessLogSettings::new().destination_arn(logs.arn()).format(ACCESS_LOG_FORMAT))
                .default_route_settings(
                    RouteSettings::new()
                        .throttling_rate_limit(props.rate_limit)
                        .throttling_burst_limit(i64::from(props.burst_limit)),
                ),
        );
        let (resource_node, stage) = (resource.node_id(), Some(stage.node_id()));
        scope.set_intent(Intent::HttpApi(ApiIntent { resource: resource_node, stage, routes: Vec::new() }));
        HttpApi { scope, resource, access_logs: logs, routes: Rc::default() }
    }

    /// The log group the `$default` stage writes its access logs to (`AccessLogs`).
    pub fn access_logs(&self) -> &LogGroup {
        &self.access_logs
    }

    /// The API's id (`Ref`).
    pub fn id(&self) -> Value<String> {
        self.resource.reference()
    }

    /// `https://<id>.execute-api.<region>.amazonaws.com`.
    pub fn url(&self) -> Value<String> {
        self.resource.api_endpoint()
    }

    /// Routes `route` (`"GET /items/{id}"`, `"ANY /{proxy+}"`) to `function` (payload
    /// format 2.0), which lets this API's route (and only it) invoke it.
    #[track_caller]
    pub fn add_route(&self, route: &str, function: &impl AsFunction) {
        let function = function.as_function();
        let (method, path) = route.split_once(' ').unwrap_or((route, ""));
        let method = method.to_ascii_uppercase();
        if !METHODS.contains(&method.as_str()) || !path.starts_with('/') {
            self.scope.report(
                Severity::Error,
                "route-format",
                format!("{route:?} is not METHOD /path"),
                Some("write routes as \"GET /items/{id}\""),
            );
        }
        let key = format!("{method} {path}");
        {
            let mut routes = self.routes.borrow_mut();
            if routes.contains(&key) {
                self.scope.report(Severity::Error, "duplicate-route", format!("{key} is routed twice"), None);
            }
            routes.push(key.clone());
        }
        let words: String = path
            .split('/')
            .map(crate::limits::alnum)
            .map(|p| {
                let mut c = p.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            })
            .collect();
        let base = format!(
            "{}{}",
            crate::limits::capitalized(&method),
            if words.is_empty() { "Root".to_owned() } else { words }
        );
        let integration = self.scope.add(
            &format!("{base}Integration"),
            l1::Integration::new(self.id(), "AWS_PROXY").integration_uri(function.arn()).payload_format_version("2.0"),
        );
        let target: Value<String> = sub("integrations/${Id}").var("Id", integration.reference()).into();
        let l1_route = self.scope.add(&format!("{base}Route"), l1::Route::new(self.id(), key.clone()).target(target));
        let route = Route { method: method.clone(), path: path.to_owned(), function: function.scope.node_id() };
        self.scope.update_intent(|intent| {
            if let Intent::HttpApi(api) = intent {
                api.routes.push(route);
            }
        });
        let arn_method = if method == "ANY" { "*".to_owned() } else { method.clone() };
        let source: Value<String> = sub(format!(
            "arn:${{AWS::Partition}}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{Api}}/*/{arn_method}{path}"
        ))
        .var("Api", self.id())
        .into();
        let permission = function.allow_invoke(
            &format!("{}{base}Permission", crate::limits::alnum(&self.scope.id())),
            ServicePrincipal::api_gateway(),
            source,
        );
        let resources = vec![l1_route.node_id(), integration.node_id(), permission.node_id()];
        function.note_event(EventKind::HttpApi, &base, resources);
    }
}
