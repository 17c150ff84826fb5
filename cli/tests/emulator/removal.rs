//! A stack whose removal policy is set once, to `Destroy`, holding one of every construct:
//! its templates hold no `Retain`; applied, given data, destroyed, and nothing of it is
//! left, counted through the services' own APIs (log groups included).

use std::time::Duration;

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
use forma_dsl::certificatemanager::{Certificate, CertificateProps};
use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison};
use forma_dsl::cognito::{UserPool, UserPoolProps};
use forma_dsl::dynamodb::{Attribute, StreamViewType, Table, TableProps};
use forma_dsl::ec2::{Connectable, Port, SecurityGroup, SecurityGroupProps, Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::ecs::{
    Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps, FargateTaskDefinition,
    FargateTaskDefinitionProps,
};
use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
use forma_dsl::elbv2::{ApplicationLoadBalancer, ApplicationLoadBalancerProps, ListenerProps};
use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, UrlAuth};
use forma_dsl::logs::{LogGroup, LogGroupProps, Retention};
use forma_dsl::prelude::*;
use forma_dsl::route53::{ARecord, ARecordProps, HostedZone, HostedZoneProps};
use forma_dsl::s3::{Bucket, BucketProps};
use forma_dsl::sns::{Subscription, Topic, TopicEncryption, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::{App, RemovalPolicy};

use super::{assert_ok, counts, Emulator};

/// One of every construct, in one stack whose removal policy is set once.
fn everything() -> App {
    let app = App::new();
    let stack = app.stack("Daily");
    stack.removal_policy(RemovalPolicy::Destroy);
    let uploads = Bucket::new(&stack, "Uploads", BucketProps::default());
    Table::new(&stack, "Orders", TableProps::new(Attribute::string("id")).stream(StreamViewType::NewImage));
    let jobs = Queue::new(&stack, "Jobs", QueueProps::default().visibility_timeout(Duration::from_secs(60)));
    Stream::new(&stack, "Clicks", StreamProps::default());
    LogGroup::new(&stack, "Audit", LogGroupProps::default().retention(Retention::OneWeek));
    Repository::new(&stack, "Images", RepositoryProps::default());
    let key = Key::new(&stack, "Key", KeyProps::default());
    let alerts = Topic::new(&stack, "Alerts", TopicProps::default().encryption(TopicEncryption::Kms(key.clone())));
    alerts.add_subscription(Subscription::sqs(&jobs));
    StringParameter::new(&stack, "Config", StringParameterProps::new("v1").parameter_name("/daily/config"));
    let code = Code::inline("def handler(event, context):\n    return None\n");
    let handler = Function::new(
        &stack,
        "Handler",
        FunctionProps::new(Runtime::Python312, "index.handler", code).timeout(Duration::from_secs(10)),
    );
    handler.add_event_source(EventSource::sqs(&jobs));
    handler.add_url(UrlAuth::Iam);
    uploads.grant_read(&handler);
    let api = RestApi::new(&stack, "Api", RestApiProps::default());
    api.root().add_method("GET", &handler);
    HttpApi::new(&stack, "Http", HttpApiProps::default()).add_route("GET /health", &handler);
    Rule::new(&stack, "Hourly", RuleProps::schedule(Schedule::hourly())).add_target(RuleTarget::function(&handler));
    Alarm::new(&stack, "Backlog", AlarmProps::new(jobs.metric_visible_messages(), Comparison::GreaterThan, 100.0))
        .add_alarm_action(&alerts);
    UserPool::new(&stack, "Users", UserPoolProps::default()).add_client("Web");
    Role::new(&stack, "Auditor", RoleProps::new(ServicePrincipal::lambda()));

    let vpc = Vpc::new(&stack, "Vpc", VpcProps::default().flow_logs(Retention::OneWeek));
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());
    let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    let service = FargateService::new(&stack, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    let lb = ApplicationLoadBalancer::new(&stack, "Lb", ApplicationLoadBalancerProps::new(&vpc));
    lb.add_listener("Http", ListenerProps::http(80)).add_targets("Web", &service, |g| g);
    let admin = SecurityGroup::new(&stack, "Admin", SecurityGroupProps::new(&vpc));
    service.connections().allow_from(&admin, Port::tcp(80));
    let zone = HostedZone::new(&stack, "Zone", HostedZoneProps::new("daily.example.com"));
    ARecord::new(&stack, "Www", ARecordProps::to_load_balancer(&zone, "www.daily.example.com", &lb));
    let cert = Certificate::new(&stack, "Cert", CertificateProps::new("www.daily.example.com", &zone));
    lb.add_listener("Https", ListenerProps::https(443, cert.arn())).add_targets("Secure", &service, |g| g);
    LoadBalancedFargateService::new(
        &stack,
        "Site",
        LoadBalancedFargateServiceProps::new(&cluster, &vpc, ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")),
    );
    stack.add_output("UploadsBucket", forma_dsl::Output::new(uploads.name()));
    app
}

#[test]
fn a_stack_of_every_construct_set_to_destroy_once_holds_no_retain() {
    let settings = forma_synth::Settings { registry: Some(&forma_dsl::cfn::REGISTRY), ..Default::default() };
    let assembly = forma_synth::synthesize_with(&everything(), settings).unwrap_or_else(|e| panic!("{e}"));
    let template = assembly.stacks[0].template();
    let resources = template["Resources"].as_object().expect("resources");
    assert!(resources.len() > 80, "one of every construct: {} resources", resources.len());
    for (id, r) in resources {
        for policy in ["DeletionPolicy", "UpdateReplacePolicy"] {
            assert_ne!(r[policy], "Retain", "{id} keeps its {policy} Retain");
        }
    }
    let text = serde_json::to_string(template).expect("json");
    assert!(!text.contains("\"Retain\""), "no Retain anywhere in the template");
    assert!(!text.contains("\"ACTIVE\""), "no deletion protection left on");
}

#[test]
fn a_stack_of_every_construct_set_to_destroy_once_leaves_nothing_behind() {
    let emu = Emulator::start("removal");
    let app = everything();
    let before = counts(&emu.inventory());
    let applied = emu.forma(&app, "apply", &[]);
    assert_ok(&applied);
    let made = counts(&emu.inventory());
    for (kind, n) in &made {
        let was = before.iter().find(|(k, _)| k == kind).map_or(0, |(_, n)| *n);
        if *kind != "images" {
            assert!(*n > was, "no {kind} was made: before {before:?}, after {made:?}");
        }
    }
    // Data to remove: an object, and an image in the repository.
    let manifest = emu.manifest();
    let ids = manifest["stacks"][0]["logicalIds"].as_object().expect("the manifest's logical ids");
    let (id, _) = ids.iter().find(|(_, path)| *path == "Daily/Uploads/Resource").expect("the bucket's id");
    let bucket = emu.physical_id("Daily", id);
    emu.put(&bucket, "incoming/a.csv", "a,b\n");
    emu.push_image("daily", "v1");

    let destroyed = emu.forma(&app, "destroy", &[]);
    assert_ok(&destroyed);
    assert_eq!(emu.stack_status("Daily"), None, "the stack is gone");
    assert_eq!(counts(&emu.inventory()), before, "something was left behind");
}
