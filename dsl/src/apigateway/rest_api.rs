//! `apigateway::RestApi`: a REST API of resources and methods integrated with functions,
//! deployed to one stage with access logs and throttling.

use forma_core::intent::{ApiIntent, EventKind, Intent, Route};
use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::apigateway as l1;
use forma_cfn::apigateway::method::{Integration, IntegrationResponse, MethodResponse, Type as IntegrationType};
use forma_cfn::apigateway::stage::{AccessLogSetting, MethodSetting};
use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::{obj, AsScope, Resource, Scope, Severity};

use crate::iam::{Role, RoleProps, ServicePrincipal};
use crate::lambda::AsFunction;
use crate::logs::{LogGroup, LogGroupProps, Retention};

/// The access log format: one JSON object per request.
const ACCESS_LOG_FORMAT: &str = r#"{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","resourcePath":"$context.resourcePath","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength","integrationLatency":"$context.integrationLatency"}"#;

/// Cross-origin requests the API answers (its preflight `OPTIONS` methods; the functions'
/// own responses carry `Access-Control-Allow-Origin` too).
#[derive(Debug, Clone)]
pub struct Cors {
    origin: Value<String>,
    headers: Vec<String>,
}

impl Cors {
    /// Requests from `origin`: one origin (`https://app.example.com`, or a value known at
    /// deploy time such as a website bucket's URL), which is all a preflight answer may
    /// name; with the headers browsers send for JSON APIs.
    pub fn origin(origin: impl Into<Value<String>>) -> Self {
        Cors {
            origin: origin.into(),
            headers: vec!["Content-Type".into(), "Authorization".into(), "X-Amz-Date".into(), "X-Api-Key".into()],
        }
    }

    /// Requests from any origin (`*`): for APIs called with a bearer token, never with
    /// cookies.
    pub fn any_origin() -> Self {
        Cors::origin("*")
    }
}

/// What a [`RestApi`] is made of. Nothing is required.
#[derive(Debug, Clone)]
pub struct RestApiProps {
    stage_name: String,
    rate_limit: f64,
    burst_limit: u32,
    log_retention: Retention,
    cors: Option<Cors>,
    description: Option<Value<String>>,
    name: Option<Value<String>>,
    url_output: bool,
}

impl Default for RestApiProps {
    fn default() -> Self {
        RestApiProps {
            stage_name: "prod".into(),
            rate_limit: 100.0,
            burst_limit: 200,
            log_retention: Retention::OneMonth,
            cors: None,
            description: None,
            name: None,
            url_output: true,
        }
    }
}

impl RestApiProps {
    /// Default: `prod`.
    pub fn stage_name(mut self, name: impl Into<String>) -> Self {
        self.stage_name = name.into();
        self
    }

    /// Requests per second across the stage, and the burst above it. Default: 100 and 200.
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

    /// Answers browsers' preflight requests on every resource. Default: none.
    pub fn cors(mut self, cors: Cors) -> Self {
        self.cors = Some(cors);
        self
    }

    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The API's name, shown in the console. Default: `<stack>-<id>`.
    pub fn rest_api_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Leaves out the stack output with the API's URL. Default: an output `<Id>Url`.
    pub fn without_url_output(mut self) -> Self {
        self.url_output = false;
        self
    }
}

/// A REST API: the L1 `AWS::ApiGateway::RestApi` under the child id `Resource`, a
/// deployment (`Deployment`, replaced whenever the methods change, so each change is
/// deployed) and its stage (`Stage`) with JSON access logs (`AccessLogs`) and throttling,
/// and the account setting that lets API Gateway write logs (`CloudWatchRole`, `Account`).
#[derive(Clone)]
pub struct RestApi {
    scope: Scope,
    resource: Resource<l1::RestApi>,
    deployment: Resource<l1::Deployment>,
    stage: Resource<l1::Stage>,
    stage_name: String,
    access_logs: LogGroup,
    cloud_watch_role: Role,
    state: Rc<RefCell<State>>,
}

forma_core::construct!(RestApi, l1::RestApi);

struct State {
    cors: Option<Cors>,
    /// What the deployment deploys, for its id: `METHOD path` of every method.
    methods: Vec<String>,
    /// The path of every resource made, to refuse a second one.
    paths: Vec<String>,
    deployment_id: String,
}

/// One resource (path) of a REST API: the root, or one made with
/// [`ApiResource::add_resource`].
#[derive(Debug, Clone)]
pub struct ApiResource {
    api: RestApi,
    /// `/items/{id}`; `/` for the root.
    path: String,
    id: Value<String>,
    scope: Scope,
}

impl RestApi {
    /// A REST API under `scope` with id `id`, its URL a stack output (`<Id>Url`); add
    /// resources and methods from [`RestApi::root`].
    ///
    /// ```
    /// use forma_dsl::apigateway::{RestApi, RestApiProps};
    /// use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Api");
    /// let handler = Function::new(&stack, "Handler", FunctionProps::new(
    ///     Runtime::Python312, "index.handler", Code::inline("def handler(event, context):\n    return {}\n")));
    /// let api = RestApi::new(&stack, "Rest", RestApiProps::default().rest_api_name("items").stage_name("v1"));
    /// api.root().add_resource("items").add_method("GET", &handler);
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: RestApiProps) -> RestApi {
        let outer = scope.as_scope().clone();
        let scope = outer.child(id);
        let name = props.name.clone().unwrap_or_else(|| Value::from(format!("{}-{}", scope.stack().name(), id)));
        let mut api = l1::RestApi::new().name(name);
        if let Some(d) = props.description {
            api = api.description(d);
        }
        let resource = scope.add("Resource", api);
        scope.set_intent(Intent::RestApi(ApiIntent { resource: resource.node_id(), stage: None, routes: Vec::new() }));
        // API Gateway writes logs through one role per account and region, which
        // AWS::ApiGateway::Account sets; the AWS managed policy for it is the documented
        // one (its log groups are API Gateway's own, named when it first writes).
        let role = Role::new(
            &scope,
            "CloudWatchRole",
            RoleProps::new(ServicePrincipal::api_gateway())
                .aws_managed_policy("service-role/AmazonAPIGatewayPushToCloudWatchLogs"),
        );
        let account = scope.add("Account", l1::Account::new().cloud_watch_role_arn(role.arn()));
        let logs = LogGroup::new(&scope, "AccessLogs", LogGroupProps::default().retention(props.log_retention));
        let deployment = scope.add("Deployment", l1::Deployment::new(resource.reference()).description("forma"));
        let stage_name = props.stage_name.clone();
        if !stage_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') || stage_name.is_empty() {
            scope.report(
                Severity::Error,
                "api-stage-name",
                format!("the stage name {stage_name:?} may hold only letters, digits, '-' and '_'"),
                None,
            );
        }
        let stage = scope.add(
            "Stage",
            l1::Stage::new(resource.reference())
                .stage_name(stage_name.clone())
                .deployment_id(deployment.reference())
                .access_log_setting(AccessLogSetting::new().destination_arn(logs.arn()).format(ACCESS_LOG_FORMAT))
                .method_settings(vec![MethodSetting::new()
                    .resource_path("/*")
                    .http_method("*")
                    .throttling_rate_limit(props.rate_limit)
                    .throttling_burst_limit(i64::from(props.burst_limit))]),
        );
        stage.add_depends_on(&account);
        let stage_node = stage.node_id();
        scope.update_intent(|intent| {
            if let Intent::RestApi(api) = intent {
                api.stage = Some(stage_node);
            }
        });
        let deployment_id = format!("{}Deployment", crate::limits::alnum(&scope.id()));
        let state = State { cors: props.cors, methods: Vec::new(), paths: vec!["/".into()], deployment_id };
        let state = Rc::new(RefCell::new(state));
        let api = RestApi {
            scope,
            resource,
            deployment,
            stage,
            stage_name,
            access_logs: logs,
            cloud_watch_role: role,
            state,
        };
        api.redeploy();
        if props.url_output {
            outer.stack().add_output(
                &format!("{}Url", crate::limits::alnum(id)),
                forma_core::Output::new(api.url()).description("The API's URL"),
            );
        }
        api
    }

    /// The role API Gateway writes logs with (`CloudWatchRole`, set for the account and
    /// region by `Account`).
    pub fn cloud_watch_role(&self) -> &Role {
        &self.cloud_watch_role
    }

    /// The log group the stage writes its access logs to (`AccessLogs`).
    pub fn access_logs(&self) -> &LogGroup {
        &self.access_logs
    }

    /// The root resource, `/`.
    pub fn root(&self) -> ApiResource {
        ApiResource {
            api: self.clone(),
            path: "/".into(),
            id: self.resource.root_resource_id(),
            scope: self.scope.clone(),
        }
    }

    /// The API's id (`Ref`).
    pub fn id(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The stage's URL: `https://<id>.execute-api.<region>.amazonaws.com/<stage>/`.
    pub fn url(&self) -> Value<String> {
        sub(format!("https://${{Api}}.execute-api.${{AWS::Region}}.${{AWS::URLSuffix}}/{}/", self.stage_name))
            .var("Api", self.id())
            .into()
    }

    /// The L1 `AWS::ApiGateway::Stage`.
    pub fn stage(&self) -> &Resource<l1::Stage> {
        &self.stage
    }

    /// Gives the deployment a logical id that follows the methods, so that CloudFormation
    /// makes a new deployment (and the stage moves to it) whenever they change.
    fn redeploy(&self) {
        let state = self.state.borrow();
        let mut h: u32 = 0x811c_9dc5;
        for m in &state.methods {
            for b in m.bytes().chain(std::iter::once(b'\n')) {
                h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
            }
        }
        self.deployment.override_logical_id(format!("{}{h:08X}", state.deployment_id));
    }
}

/// A Cognito user pool authorizer of a [`RestApi`]: methods added with
/// [`ApiResource::add_authorized_method`] take only requests with a valid ID token of the
/// pool in `Authorization`.
#[derive(Debug, Clone)]
pub struct Authorizer {
    resource: Resource<l1::Authorizer>,
}

impl RestApi {
    /// An authorizer (`id`, under the API) accepting the ID tokens of `pool`.
    #[track_caller]
    pub fn add_cognito_authorizer(&self, id: &str, pool: &impl crate::cognito::AsUserPool) -> Authorizer {
        let pool = pool.as_user_pool();
        let resource = self.scope.add(
            id,
            l1::Authorizer::new(id, self.id(), "COGNITO_USER_POOLS")
                .identity_source("method.request.header.Authorization")
                .provider_ar_ns(vec![pool.arn()]),
        );
        Authorizer { resource }
    }
}

/// The `execute-api` ARN of a method, for the function's permission.
fn execute_arn(api: &RestApi, method: &str, path: &str) -> Value<String> {
    let path = if path == "/" { String::new() } else { path.trim_start_matches('/').to_owned() };
    let method = if method == "ANY" { "*" } else { method };
    sub(format!(
        "arn:${{AWS::Partition}}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{Api}}/{}/{method}/{path}",
        api.stage_name
    ))
    .var("Api", api.id())
    .into()
}

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];

impl ApiResource {
    /// `/items/{id}`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// A child resource: `part` is one path segment, `items` or a parameter `{id}`.
    #[track_caller]
    pub fn add_resource(&self, part: &str) -> ApiResource {
        let path = if self.path == "/" { format!("/{part}") } else { format!("{}/{part}", self.path) };
        let valid = !part.is_empty()
            && !part.contains('/')
            && (part.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
                || (part.starts_with('{') && part.ends_with('}') && part.len() > 2));
        if !valid {
            self.api.scope.report(
                Severity::Error,
                "api-path-part",
                format!("the path part {part:?} of {path} is not a path segment or a {{parameter}}"),
                Some("add one segment at a time: .add_resource(\"items\").add_resource(\"{id}\")"),
            );
        }
        let id = resource_id(&path);
        {
            let mut state = self.api.state.borrow_mut();
            if state.paths.contains(&path) {
                self.api.scope.report(Severity::Error, "duplicate-api-path", format!("{path} is added twice"), None);
            }
            state.paths.push(path.clone());
        }
        let r = self.api.scope.add(&id, l1::Resource::new(self.id.clone(), part, self.api.id()));
        let child = ApiResource { api: self.api.clone(), path, id: r.reference(), scope: self.api.scope.clone() };
        if self.api.state.borrow().cors.is_some() {
            child.add_preflight();
        }
        child
    }

    /// Routes `method` (`GET`, `POST`, ..., `ANY`) of this path to `function` (a Lambda
    /// proxy integration), which lets this API, stage, method and path (and only those)
    /// invoke it.
    #[track_caller]
    pub fn add_method(&self, method: &str, function: &impl AsFunction) {
        self.method(method, function, None);
    }

    /// Like [`ApiResource::add_method`], for requests that `authorizer` lets through only.
    #[track_caller]
    pub fn add_authorized_method(&self, method: &str, function: &impl AsFunction, authorizer: &Authorizer) {
        self.method(method, function, Some(authorizer));
    }

    #[track_caller]
    fn method(&self, method: &str, function: &impl AsFunction, authorizer: Option<&Authorizer>) {
        let function = function.as_function();
        let method = method.to_ascii_uppercase();
        if !METHODS.contains(&method.as_str()) {
            self.api.scope.report(
                Severity::Error,
                "api-method",
                format!("{method} is not an HTTP method API Gateway routes"),
                Some("use GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY"),
            );
        }
        let uri: Value<String> =
            sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn}/invocations")
                .var("Fn", function.arn())
                .into();
        let base = format!("{}{}", resource_id(&self.path), crate::limits::capitalized(&method));
        let mut l1_method = l1::Method::new(method.clone(), self.id.clone(), self.api.id())
            .integration(Integration::new(IntegrationType::AwsProxy).integration_http_method("POST").uri(uri));
        l1_method = match authorizer {
            Some(a) => l1_method.authorization_type("COGNITO_USER_POOLS").authorizer_id(a.resource.reference()),
            None => l1_method.authorization_type("NONE"),
        };
        let m = self.scope.add(&base, l1_method);
        self.api.deployment.add_depends_on(&m);
        let permission = function.allow_invoke(
            &format!("{}{base}Permission", crate::limits::alnum(&self.api.scope.id())),
            ServicePrincipal::api_gateway(),
            execute_arn(&self.api, &method, &self.path),
        );
        let route = Route { method: method.clone(), path: self.path.clone(), function: function.scope.node_id() };
        self.api.scope.update_intent(|intent| {
            if let Intent::RestApi(api) = intent {
                api.routes.push(route);
            }
        });
        function.note_event(EventKind::Api, &base, vec![m.node_id(), permission.node_id()]);
        let auth = if authorizer.is_some() { " cognito" } else { "" };
        self.api.state.borrow_mut().methods.push(format!("{method} {}{auth}", self.path));
        self.api.redeploy();
    }

    /// An `OPTIONS` method answering browsers' preflight requests without a function.
    fn add_preflight(&self) {
        let Some(cors) = self.api.state.borrow().cors.clone() else { return };
        let quote = |s: &str| format!("'{s}'");
        let headers = obj! {
            "method.response.header.Access-Control-Allow-Headers" => quote(&cors.headers.join(",")),
            "method.response.header.Access-Control-Allow-Methods" => quote("OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD"),
            "method.response.header.Access-Control-Allow-Origin" => match cors.origin.expr() {
                forma_core::Expr::String(origin) => Value::from(quote(origin)),
                _ => Value::<String>::from(sub("'${Origin}'").var("Origin", cors.origin.clone())),
            },
        };
        let declared = obj! {
            "method.response.header.Access-Control-Allow-Headers" => true,
            "method.response.header.Access-Control-Allow-Methods" => true,
            "method.response.header.Access-Control-Allow-Origin" => true,
        };
        let integration = Integration::new(IntegrationType::Mock)
            .request_templates(obj! { "application/json" => "{\"statusCode\": 200}" })
            .integration_responses(vec![IntegrationResponse::new("204").response_parameters(headers)]);
        let m = self.scope.add(
            &format!("{}Options", resource_id(&self.path)),
            l1::Method::new("OPTIONS", self.id.clone(), self.api.id())
                .authorization_type("NONE")
                .integration(integration)
                .method_responses(vec![MethodResponse::new("204").response_parameters(declared)]),
        );
        self.api.deployment.add_depends_on(&m);
        self.api.state.borrow_mut().methods.push(format!("OPTIONS {}", self.path));
        self.api.redeploy();
    }
}

/// A construct id for a path: `/items/{id}` → `ItemsIdResource`... shortened to its words.
fn resource_id(path: &str) -> String {
    let words: String = path
        .split('/')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let p = p.trim_matches(|c| c == '{' || c == '}');
            crate::limits::capitalized(&crate::limits::alnum(p))
        })
        .collect();
    if words.is_empty() {
        "Root".into()
    } else {
        words
    }
}
