//! `crud-api`: a product of two parts, rebuilt daily.
//!
//! - `crud-api`, serverless: an HTTP API whose five routes (create, read, update, delete,
//!   list) each invoke a Python function of their own over one DynamoDB table (partition key
//!   `id`); each function may only read, or only write, the table's items. With `--target
//!   sam` it is an `AWS::Serverless::HttpApi`, five `AWS::Serverless::Function`s with
//!   `HttpApi` events and an `AWS::Serverless::SimpleTable`.
//! - `crud-api-services`, containers: a frontend and a backend Fargate service in a VPC of
//!   their own, two tasks each, the frontend behind a load balancer and reaching the backend
//!   as `backend:8080` through Service Connect. The images are public nginx placeholders,
//!   configured by their command: the frontend proxies `/api/` to the backend, the backend
//!   answers JSON; both answer `/health`.

use std::time::Duration;

use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
use forma_dsl::dynamodb::{Attribute, Table, TableProps};
use forma_dsl::ec2::{Connectable, Port, Vpc, VpcProps};
use forma_dsl::ecs::{
    Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::prelude::*;
use forma_dsl::{App, Output, RemovalPolicy, Value};

/// What a route's function does to the table.
#[derive(Clone, Copy)]
enum Access {
    Read,
    Write,
}

/// The routes: construct id, route, the function's directory under `src/crud_api`, what it
/// does, and its access to the table.
const ROUTES: &[(&str, &str, &str, &str, Access)] = &[
    ("Create", "POST /items", "create", "stores an item under a new id", Access::Write),
    ("Read", "GET /items/{id}", "read", "returns an item", Access::Read),
    ("Update", "PUT /items/{id}", "update", "replaces an item that exists", Access::Write),
    ("Delete", "DELETE /items/{id}", "delete", "deletes an item", Access::Write),
    ("List", "GET /items", "list", "lists the items, a page at a time", Access::Read),
];

/// The placeholder image of both services (nginx on Alpine: `sh` and busybox `wget` for the
/// commands and health checks).
const IMAGE: &str = "public.ecr.aws/docker/library/nginx:1.27-alpine";

/// The frontend's nginx: a page, `/api/` proxied to the backend through Service Connect.
const FRONTEND_CONF: &str = r#"server {
    listen 80;
    location = /health {
        default_type text/plain;
        return 200 "ok\n";
    }
    location /api/ {
        proxy_pass http://backend:8080/;
    }
    location / {
        root /usr/share/nginx/html;
    }
}
"#;

/// The backend's nginx, on the port it serves the namespace at.
const BACKEND_CONF: &str = r#"server {
    listen 8080;
    default_type application/json;
    location = /health {
        return 200 '{"status":"ok"}';
    }
    location / {
        return 200 '{"service":"backend"}';
    }
}
"#;

/// The port the backend serves on, and is reached at as `backend:8080`.
const BACKEND_PORT: u16 = 8080;

/// What the services stack uses from the serverless one.
pub struct CrudApi {
    /// The HTTP API's URL.
    pub url: Value<String>,
}

/// Adds both stacks of `crud-api` to `app`.
pub fn crud_api(app: &App) {
    let api = serverless(app);
    services(app, &api);
}

/// `crud-api`: the HTTP API, its functions and the table.
fn serverless(app: &App) -> CrudApi {
    let stack = app.stack("crud-api");
    stack
        .description("crud-api: an HTTP API creating, reading, updating, deleting and listing items in a table")
        .removal_policy(RemovalPolicy::Destroy);

    let table = Table::new(&stack, "Items", TableProps::new(Attribute::string("id")));
    let api = HttpApi::new(&stack, "Api", HttpApiProps::default());
    for &(id, route, dir, what, access) in ROUTES {
        let code = Code::from_dir(format!("{}/src/crud_api/{dir}", env!("CARGO_MANIFEST_DIR")));
        let function = Function::new(
            &stack,
            id,
            FunctionProps::new(Runtime::Python312, "index.handler", code)
                .description(format!("{route}: {what}"))
                .memory_mib(256)
                .timeout(Duration::from_secs(10))
                .environment("TABLE_NAME", table.name()),
        );
        let _ = match access {
            Access::Read => table.grant_read_data(&function),
            Access::Write => table.grant_write_data(&function),
        };
        api.add_route(route, &function);
    }

    stack.add_output(
        "Url",
        Output::new(api.url()).description("The items API: POST/GET /items, GET/PUT/DELETE /items/{id}"),
    );
    stack.add_output("TableName", Output::new(table.name()).description("The table holding the items"));
    CrudApi { url: api.url() }
}

/// `crud-api-services`: the frontend and backend services, their cluster and VPC.
fn services(app: &App, api: &CrudApi) {
    let stack = app.stack("crud-api-services");
    stack
        .description("crud-api: frontend and backend Fargate services, the frontend reaching the backend through Service Connect")
        .removal_policy(RemovalPolicy::Destroy);

    let vpc = Vpc::new(&stack, "Network", VpcProps::default().max_azs(2));
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default().service_connect_namespace("crud-api"));

    let task = FargateTaskDefinition::new(&stack, "BackendTask", FargateTaskDefinitionProps::new(1024, 2048));
    task.add_container(
        ContainerProps::new("api", ContainerImage::public(IMAGE))
            .port(BACKEND_PORT)
            .command(nginx_with(BACKEND_CONF))
            // What the backend image that replaces the placeholder calls for items.
            .environment("ITEMS_API_URL", api.url.clone())
            .health_check(health_check(BACKEND_PORT)),
    );
    let backend = FargateService::new(
        &stack,
        "Backend",
        FargateServiceProps::new(&cluster, &task, &vpc).desired_count(2).service_connect_server(
            "backend",
            "api",
            BACKEND_PORT,
        ),
    );

    let frontend = LoadBalancedFargateService::new(
        &stack,
        "Frontend",
        LoadBalancedFargateServiceProps::new(&cluster, &vpc, ContainerImage::public(IMAGE))
            .size(512, 1024)
            .service(|s| s.desired_count(2).service_connect_client())
            .container(|c| c.command(nginx_with(FRONTEND_CONF)).health_check(health_check(80)))
            .target_group(|g| g.health_check_path("/health")),
    );
    backend.connections().allow_from(frontend.service(), Port::tcp(BACKEND_PORT));
    // A Service Connect client learns the names served in the namespace when its tasks start,
    // and nginx resolves `backend` once, at start: the backend comes first.
    frontend.resource().add_depends_on(backend.resource());
}

/// Runs nginx with `conf` as its only server.
fn nginx_with(conf: &str) -> [String; 3] {
    let script = format!("cat > /etc/nginx/conf.d/default.conf <<'EOF'\n{conf}EOF\nexec nginx -g 'daemon off;'");
    ["sh".to_owned(), "-c".to_owned(), script]
}

/// Healthy while nginx answers `/health` on `port`.
fn health_check(port: u16) -> [String; 2] {
    ["CMD-SHELL".to_owned(), format!("wget -q -O /dev/null http://127.0.0.1:{port}/health || exit 1")]
}
