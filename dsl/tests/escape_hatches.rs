//! The contract of every construct: its main L1 resource is the child `Resource` (hidden from
//! the logical id), reachable with `resource()`, and overrides on it apply last.

use forma_dsl::apigateway::{RestApi, RestApiProps};
use forma_dsl::apigatewayv2::{HttpApi, HttpApiProps};
use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison};
use forma_dsl::cognito::{UserPool, UserPoolProps};
use forma_dsl::dynamodb::{Attribute, Table, TableProps};
use forma_dsl::events::{Rule, RuleProps, Schedule};
use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::logs::{LogGroup, LogGroupProps};
use forma_dsl::prelude::*;
use forma_dsl::removal::STATEFUL_TYPES as STATEFUL;
use forma_dsl::s3::{Bucket, BucketProps};
use forma_dsl::sns::{Topic, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::App;
use std::cell::Cell;

/// Checks one construct through the `Construct` trait: its path, its Debug, its main
/// resource (the child `Resource`, or for a pattern the main construct's), and that an
/// override reaches that resource. Counts the constructs checked.
fn check<C: Construct>(checked: &Cell<usize>, path: &str, construct: &C, stateful: bool) {
    assert_eq!(construct.path(), path);
    let debug = format!("{construct:?}");
    assert!(debug.ends_with(&format!("({path})")), "{debug}");
    let resource = construct.resource();
    assert!(resource.path().starts_with(path) && resource.path().ends_with("/Resource"), "{path}: {}", resource.path());
    resource.override_property("Forma.Override", "yes");
    assert_eq!(STATEFUL.contains(&resource.type_name().as_str()), stateful, "{path}: {}", resource.type_name());
    checked.set(checked.get() + 1);
}

#[test]
fn every_construct_wraps_its_l1_under_resource_and_takes_overrides() {
    let app = App::new();
    let s = app.stack("S");
    let n = Cell::new(0);
    let f = Function::new(&s, "Fn", FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")));
    let queue = Queue::new(&s, "Queue", QueueProps::default());
    check(&n, "S/Fn", &f, false);
    check(&n, "S/Role", &Role::new(&s, "Role", RoleProps::new(ServicePrincipal::lambda())), false);
    check(&n, "S/Bucket", &Bucket::new(&s, "Bucket", BucketProps::default()), true);
    check(&n, "S/Key", &Key::new(&s, "Key", KeyProps::default()), true);
    check(&n, "S/Queue", &queue, true);
    check(&n, "S/Topic", &Topic::new(&s, "Topic", TopicProps::default()), false);
    check(&n, "S/Table", &Table::new(&s, "Table", TableProps::new(Attribute::string("pk"))), true);
    check(&n, "S/Stream", &Stream::new(&s, "Stream", StreamProps::default()), true);
    check(&n, "S/Logs", &LogGroup::new(&s, "Logs", LogGroupProps::default()), true);
    check(&n, "S/Param", &StringParameter::new(&s, "Param", StringParameterProps::new("v")), false);
    check(&n, "S/Api", &RestApi::new(&s, "Api", RestApiProps::default()), false);
    check(&n, "S/Http", &HttpApi::new(&s, "Http", HttpApiProps::default()), false);
    check(&n, "S/Rule", &Rule::new(&s, "Rule", RuleProps::schedule(Schedule::hourly())), false);
    let alarm = Alarm::new(&s, "Alarm", AlarmProps::new(queue.metric_visible_messages(), Comparison::GreaterThan, 1.0));
    check(&n, "S/Alarm", &alarm, false);
    check(&n, "S/Users", &UserPool::new(&s, "Users", UserPoolProps::default()), true);
    use forma_dsl::ec2::{SecurityGroup, SecurityGroupProps, Vpc, VpcProps};
    use forma_dsl::ecs::{Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps};
    use forma_dsl::ecs::{FargateTaskDefinition, FargateTaskDefinitionProps};
    let vpc = Vpc::new(&s, "Vpc", VpcProps::default());
    check(&n, "S/Vpc", &vpc, false);
    check(&n, "S/Sg", &SecurityGroup::new(&s, "Sg", SecurityGroupProps::new(&vpc)), false);
    let repo = forma_dsl::ecr::Repository::new(&s, "Repo", forma_dsl::ecr::RepositoryProps::default());
    check(&n, "S/Repo", &repo, true);
    let cluster = Cluster::new(&s, "Cluster", ClusterProps::default());
    check(&n, "S/Cluster", &cluster, false);
    let task = FargateTaskDefinition::new(&s, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    check(&n, "S/Task", &task, false);
    let service = FargateService::new(&s, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    check(&n, "S/Service", &service, false);
    let lb = forma_dsl::elbv2::ApplicationLoadBalancer::new(
        &s,
        "Lb",
        forma_dsl::elbv2::ApplicationLoadBalancerProps::new(&vpc),
    );
    check(&n, "S/Lb", &lb, false);
    let zone = forma_dsl::route53::HostedZone::from_attributes(&s, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
    let cert = forma_dsl::certificatemanager::Certificate::new(
        &s,
        "Cert",
        forma_dsl::certificatemanager::CertificateProps::new("www.example.com", &zone),
    );
    check(&n, "S/Cert", &cert, false);
    let record = forma_dsl::route53::ARecord::new(
        &s,
        "Dns",
        forma_dsl::route53::ARecordProps::to_load_balancer(&zone, "www.example.com", &lb),
    );
    check(&n, "S/Dns", &record, false);
    let zone =
        forma_dsl::route53::HostedZone::new(&s, "OwnZone", forma_dsl::route53::HostedZoneProps::new("example.org"));
    check(&n, "S/OwnZone", &zone, false);
    let listener = lb.add_listener("Http", forma_dsl::elbv2::ListenerProps::http(80));
    check(&n, "S/Lb/Http", &listener, false);
    let group = listener.add_targets("Targets", &service, |g| g);
    check(&n, "S/Lb/Http/Targets", &group, false);
    let vpc2 = Vpc::new(&s, "Vpc2", VpcProps::default());
    let web = forma_dsl::ecs_patterns::LoadBalancedFargateService::new(
        &s,
        "Web",
        forma_dsl::ecs_patterns::LoadBalancedFargateServiceProps::new(
            &cluster,
            &vpc2,
            ContainerImage::public("public.ecr.aws/nginx/nginx:1.27"),
        ),
    );
    check(&n, "S/Web", &web, false);
    // The overrides are unknown properties to the schemas, errors by default: checked as
    // warnings here, so that synthesis succeeds and shows them applied.
    let settings = forma_synth::Settings { registry: Some(&forma_dsl::cfn::REGISTRY), ..Default::default() };
    let e = forma_synth::synthesize_with(&app, settings).expect_err("unknown properties are errors");
    assert!(e.errors().all(|d| d.code == "unknown-property"), "{e}");
    let lenient = forma_synth::Settings { value_checks: forma_synth::ValueChecks::Warnings, ..settings };
    let a = forma_synth::synthesize_with(&app, lenient).unwrap_or_else(|e| panic!("{e}"));
    let resources = a.stacks[0].template()["Resources"].as_object().expect("resources");
    let overridden = resources.values().filter(|r| r["Properties"]["Forma"]["Override"] == "yes").count();
    assert_eq!(overridden, n.get(), "every construct's main resource took the override");
    assert_eq!(n.get(), 28, "every kind of construct is checked");
    for (id, r) in resources {
        if r["Properties"]["Forma"]["Override"] == "yes" {
            assert!(!id.contains("Resource"), "`Resource` is hidden from the logical id: {id}");
        }
    }
}
