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
use forma_dsl::{App, CfnResource, Resource};

/// Checks one construct's main resource: its path, and that an override reaches it.
fn check<R: CfnResource>(app: &App, id: &str, resource: &Resource<R>, stateful: bool) {
    assert_eq!(resource.path(), format!("S/{id}/Resource"), "{id}");
    resource.override_property("Forma.Override", "yes");
    assert_eq!(STATEFUL.contains(&resource.type_name().as_str()), stateful, "{id}: {}", resource.type_name());
    let _ = app;
}

#[test]
fn every_construct_wraps_its_l1_under_resource_and_takes_overrides() {
    let app = App::new();
    let s = app.stack("S");
    let f = Function::new(&s, "Fn", FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")));
    let queue = Queue::new(&s, "Queue", QueueProps::default());
    check(&app, "Fn", f.resource(), false);
    check(&app, "Role", Role::new(&s, "Role", RoleProps::new(ServicePrincipal::lambda())).resource(), false);
    check(&app, "Bucket", Bucket::new(&s, "Bucket", BucketProps::default()).resource(), true);
    check(&app, "Key", Key::new(&s, "Key", KeyProps::default()).resource(), true);
    check(&app, "Queue", queue.resource(), true);
    check(&app, "Topic", Topic::new(&s, "Topic", TopicProps::default()).resource(), false);
    check(&app, "Table", Table::new(&s, "Table", TableProps::new(Attribute::string("pk"))).resource(), true);
    check(&app, "Stream", Stream::new(&s, "Stream", StreamProps::default()).resource(), true);
    check(&app, "Logs", LogGroup::new(&s, "Logs", LogGroupProps::default()).resource(), true);
    check(&app, "Param", StringParameter::new(&s, "Param", StringParameterProps::new("v")).resource(), false);
    check(&app, "Api", RestApi::new(&s, "Api", RestApiProps::default()).resource(), false);
    check(&app, "Http", HttpApi::new(&s, "Http", HttpApiProps::default()).resource(), false);
    check(&app, "Rule", Rule::new(&s, "Rule", RuleProps::schedule(Schedule::hourly())).resource(), false);
    let alarm = Alarm::new(&s, "Alarm", AlarmProps::new(queue.metric_visible_messages(), Comparison::GreaterThan, 1.0));
    check(&app, "Alarm", alarm.resource(), false);
    check(&app, "Users", UserPool::new(&s, "Users", UserPoolProps::default()).resource(), true);
    use forma_dsl::ec2::{SecurityGroup, SecurityGroupProps, Vpc, VpcProps};
    use forma_dsl::ecs::{Cluster, ClusterProps, ContainerImage, ContainerProps, FargateService, FargateServiceProps};
    use forma_dsl::ecs::{FargateTaskDefinition, FargateTaskDefinitionProps};
    let vpc = Vpc::new(&s, "Vpc", VpcProps::default());
    check(&app, "Vpc", vpc.resource(), false);
    check(&app, "Sg", SecurityGroup::new(&s, "Sg", SecurityGroupProps::new(&vpc)).resource(), false);
    let repo = forma_dsl::ecr::Repository::new(&s, "Repo", forma_dsl::ecr::RepositoryProps::default());
    check(&app, "Repo", repo.resource(), true);
    let cluster = Cluster::new(&s, "Cluster", ClusterProps::default());
    check(&app, "Cluster", cluster.resource(), false);
    let task = FargateTaskDefinition::new(&s, "Task", FargateTaskDefinitionProps::new(256, 512));
    task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    check(&app, "Task", task.resource(), false);
    let service = FargateService::new(&s, "Service", FargateServiceProps::new(&cluster, &task, &vpc));
    check(&app, "Service", service.resource(), false);
    let lb = forma_dsl::elbv2::ApplicationLoadBalancer::new(
        &s,
        "Lb",
        forma_dsl::elbv2::ApplicationLoadBalancerProps::new(&vpc),
    );
    check(&app, "Lb", lb.resource(), false);
    let zone = forma_dsl::route53::HostedZone::from_attributes(&s, "Zone", "Z0123456789ABCDEFGHIJ", "example.com");
    let cert = forma_dsl::certificatemanager::Certificate::new(
        &s,
        "Cert",
        forma_dsl::certificatemanager::CertificateProps::new("www.example.com", &zone),
    );
    check(&app, "Cert", cert.resource(), false);
    let record = forma_dsl::route53::ARecord::new(
        &s,
        "Dns",
        forma_dsl::route53::ARecordProps::to_load_balancer(&zone, "www.example.com", &lb),
    );
    check(&app, "Dns", record.resource(), false);
    // The overrides are unknown properties to the schemas, errors by default: checked as
    // warnings here, so that synthesis succeeds and shows them applied.
    let settings = forma_synth::Settings { registry: Some(&forma_dsl::cfn::REGISTRY), ..Default::default() };
    let e = forma_synth::synthesize_with(&app, settings).expect_err("unknown properties are errors");
    assert!(e.errors().all(|d| d.code == "unknown-property"), "{e}");
    let lenient = forma_synth::Settings { value_checks: forma_synth::ValueChecks::Warnings, ..settings };
    let a = forma_synth::synthesize_with(&app, lenient).unwrap_or_else(|e| panic!("{e}"));
    let resources = a.stacks[0].template()["Resources"].as_object().expect("resources");
    let overridden = resources.values().filter(|r| r["Properties"]["Forma"]["Override"] == "yes").count();
    assert_eq!(overridden, 24, "every construct's main resource took the override");
    for (id, r) in resources {
        if r["Properties"]["Forma"]["Override"] == "yes" {
            assert!(!id.contains("Resource"), "`Resource` is hidden from the logical id: {id}");
        }
    }
}
