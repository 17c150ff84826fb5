//! A small stack per construct, and the messages of invalid configurations, locked in
//! snapshots (`dsl/tests/snapshots/`): a change to what a construct emits is a reviewed diff.

use std::time::Duration;

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison};
use forma_dsl::cognito::{UserPool, UserPoolProps};
use forma_dsl::dynamodb::{Attribute, Index, StreamViewType, Table, TableProps};
use forma_dsl::ec2::{Port, SecurityGroup, SecurityGroupProps, SubnetGroup, SubnetType, Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::ecs::{
    Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::iam::{PolicyStatement, Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, StartingPosition};
use forma_dsl::logs::{LogGroup, LogGroupProps};
use forma_dsl::route53::HostedZone;
use forma_dsl::s3::{Bucket, BucketProps};
use forma_dsl::sns::{Subscription, Topic, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::{App, Stack};

use crate::support::synth;

fn function(stack: &Stack, id: &str) -> Function {
    Function::new(stack, id, FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")))
}

/// Snapshots the template of the one stack `build` adds.
fn snapshot(name: &str, build: impl FnOnce(&Stack)) {
    let app = App::new();
    let stack = app.stack("Small");
    build(&stack);
    let a = synth(&app);
    insta::assert_json_snapshot!(name, a.stacks[0].template());
}

#[test]
fn small_stacks() {
    snapshot("role", |s| {
        let role = Role::new(s, "Worker", RoleProps::new(ServicePrincipal::lambda()));
        role.add_to_policy(PolicyStatement::allow().action("sqs:ListQueues").resource("*"));
    });
    snapshot("bucket", |s| {
        Bucket::new(s, "Archive", BucketProps::default().versioned());
    });
    snapshot("key", |s| {
        Key::new(s, "Data", KeyProps::default().alias("data"));
    });
    snapshot("queue", |s| {
        let dlq = Queue::new(s, "Failed", QueueProps::default());
        Queue::new(s, "Jobs", QueueProps::default().dead_letter_queue(&dlq, 5));
    });
    snapshot("topic", |s| {
        let topic = Topic::new(s, "Events", TopicProps::default());
        let queue = Queue::new(s, "Jobs", QueueProps::default());
        topic.add_subscription(Subscription::sqs(&queue));
    });
    snapshot("table", |s| {
        Table::new(
            s,
            "Orders",
            TableProps::new(Attribute::string("pk"))
                .sort_key(Attribute::number("sk"))
                .index(Index::global("ByCustomer", Attribute::string("customer")))
                .stream(StreamViewType::NewAndOldImages),
        );
    });
    snapshot("stream", |s| {
        Stream::new(s, "Clicks", StreamProps::default().shards(2));
    });
    snapshot("log_group", |s| {
        LogGroup::new(s, "Audit", LogGroupProps::default());
    });
    snapshot("parameter", |s| {
        StringParameter::new(
            s,
            "Endpoint",
            StringParameterProps::new("https://example.com").parameter_name("/app/endpoint"),
        );
    });
    snapshot("function", |s| {
        let queue = Queue::new(s, "Jobs", QueueProps::default());
        let f = function(s, "Worker");
        f.add_event_source(EventSource::sqs(&queue));
    });
    snapshot("function_streams", |s| {
        let stream = Stream::new(s, "Clicks", StreamProps::default());
        let f = function(s, "Reader");
        f.add_event_source(EventSource::kinesis(&stream, StartingPosition::Latest));
    });
    snapshot("rest_api", |s| {
        let f = function(s, "Handler");
        let api = RestApi::new(s, "Api", RestApiProps::default());
        api.root().add_resource("items").add_method("GET", &f);
    });
    snapshot("http_api", |s| {
        let f = function(s, "Handler");
        HttpApi::new(s, "Http", HttpApiProps::default()).add_route("GET /items", &f);
    });
    snapshot("rule", |s| {
        let f = function(s, "Job");
        Rule::new(s, "Hourly", RuleProps::schedule(Schedule::hourly())).add_target(RuleTarget::function(&f));
    });
    snapshot("alarm", |s| {
        let queue = Queue::new(s, "Jobs", QueueProps::default());
        Alarm::new(s, "Backlog", AlarmProps::new(queue.metric_age_of_oldest_message(), Comparison::GreaterThan, 300.0));
    });
    snapshot("user_pool", |s| {
        UserPool::new(s, "Users", UserPoolProps::default()).add_client("Web");
    });
    snapshot("vpc", |s| {
        Vpc::new(s, "Vpc", VpcProps::default());
    });
    snapshot("security_groups", |s| {
        let vpc = Vpc::new(
            s,
            "Vpc",
            VpcProps::default().subnet_group(SubnetGroup::new("Data", SubnetType::Isolated)).nat_gateways(0),
        );
        let a = SecurityGroup::new(s, "A", SecurityGroupProps::new(&vpc).deny_all_outbound());
        let b = SecurityGroup::new(s, "B", SecurityGroupProps::new(&vpc));
        b.connections().allow_from(&a, Port::tcp(5432));
    });
    snapshot("repository", |s| {
        Repository::new(s, "Images", RepositoryProps::default().keep_last_images(10));
    });
    snapshot("fargate_service", |s| {
        let vpc = Vpc::new(s, "Vpc", VpcProps::default());
        let cluster = Cluster::new(s, "Cluster", ClusterProps::default());
        let task = FargateTaskDefinition::new(s, "Task", FargateTaskDefinitionProps::new(256, 512));
        task.add_container(
            ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80),
        );
        FargateService::new(s, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    });
    snapshot("load_balanced_service", |s| {
        let vpc = Vpc::new(s, "Vpc", VpcProps::default());
        let cluster = Cluster::new(s, "Cluster", ClusterProps::default());
        let zone = HostedZone::from_attributes(s, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
        LoadBalancedFargateService::new(
            s,
            "Web",
            LoadBalancedFargateServiceProps::new(
                &cluster,
                &vpc,
                ContainerImage::public("public.ecr.aws/nginx/nginx:1.27"),
            )
            .domain(&zone, "www.example.com"),
        );
    });
}

/// `code path: message` and the hint of every diagnostic of `app`.
fn messages(app: &App) -> String {
    let diags = match forma_synth::synthesize_with(
        app,
        forma_synth::Settings { registry: Some(&forma_dsl::cfn::REGISTRY), ..Default::default() },
    ) {
        Ok(a) => a.diagnostics,
        Err(e) => e.diagnostics,
    };
    diags
        .iter()
        .map(|d| match &d.hint {
            Some(h) => format!("{} {}: {}\n  hint: {h}", d.code, d.path, d.message),
            None => format!("{} {}: {}", d.code, d.path, d.message),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every diagnostic of `app` points at a line of this file, the stack code, never inside forma.
fn users_lines_only(app: &App) {
    let locations = crate::support::locations(app);
    assert!(!locations.is_empty());
    for l in &locations {
        assert!(l.starts_with(&format!("{}:", file!())), "{l} is not the user's line: {locations:#?}");
    }
}

#[test]
fn invalid_configurations() {
    let app = App::new();
    let s = app.stack("Broken");
    function(&s, "Overrun");
    Function::new(
        &s,
        "TooLong",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1"))
            .timeout(Duration::from_secs(901)),
    );
    Function::new(
        &s,
        "TooBig",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")).memory_mib(64),
    );
    let queue = Queue::new(&s, "Jobs", QueueProps::default());
    let slow = Function::new(
        &s,
        "Slow",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")).timeout(Duration::from_secs(60)),
    );
    slow.add_event_source(EventSource::sqs(&queue));
    let fifo = Topic::new(&s, "Orders", TopicProps::default().fifo());
    fifo.add_subscription(Subscription::sqs(&queue));
    Rule::new(&s, "Nightly", RuleProps::schedule(Schedule::cron("0 2 * * *")));
    let table = Table::new(&s, "Plain", TableProps::new(Attribute::string("pk")));
    function(&s, "Reader").add_event_source(EventSource::dynamodb(&table, StartingPosition::Latest));
    insta::assert_snapshot!("invalid_configurations", messages(&app));
    users_lines_only(&app);

    let app = App::new();
    let s = app.stack("Broken");
    FargateTaskDefinition::new(&s, "Odd", FargateTaskDefinitionProps::new(512, 512));
    Vpc::new(&s, "Cramped", VpcProps::default().cidr("10.0.0.0/24").max_azs(3));
    let vpc = Vpc::new(&s, "Vpc", VpcProps::default());
    let cluster = Cluster::new(&s, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&s, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    FargateService::new(&s, "Exposed", FargateServiceProps::new(&cluster, &task, &vpc).subnets(SubnetType::Public));
    let lb = forma_dsl::elbv2::ApplicationLoadBalancer::new(
        &s,
        "Lb",
        forma_dsl::elbv2::ApplicationLoadBalancerProps::new(&vpc),
    );
    lb.add_listener(
        "Http",
        forma_dsl::elbv2::ListenerProps::http(80).certificate("arn:aws:acm:us-east-1:123456789012:certificate/x"),
    );
    insta::assert_snapshot!("invalid_network_configurations", messages(&app));
    users_lines_only(&app);
}
