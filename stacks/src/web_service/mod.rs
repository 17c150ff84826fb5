//! `web-service`: a containerized web app behind a load balancer — a VPC over two
//! availability zones (public subnets for the load balancer, private ones for the tasks), an
//! ECS cluster and a Fargate service of two tasks running the image tagged with the commit
//! id given at deploy time, behind an internet-facing ALB. Deployments roll: new tasks start
//! beside the old ones (100 % stay healthy, up to 200 % run), and the old ones leave the load
//! balancer only after their connections drain. With a domain configured
//! ([`WebServiceOptions::domain`]), it serves HTTPS with an ACM certificate at that name in
//! an existing hosted zone, and redirects HTTP to HTTPS.
//!
//! The images live in a stack of their own, `web-service-images`: a service whose image is
//! not yet in its repository never becomes healthy, so the repository is made and the image
//! pushed before the service stack is applied. Every morning:
//!
//! ```sh
//! # 1. The repository.
//! forma apply web-service-images
//! REPO=$(aws cloudformation describe-stacks --stack-name web-service-images \
//!   --query "Stacks[0].Outputs[?OutputKey=='RepositoryUri'].OutputValue" --output text)
//!
//! # 2. The image, tagged with the commit.
//! TAG=$(git rev-parse --short HEAD)
//! aws ecr get-login-password | docker login --username AWS --password-stdin "${REPO%%/*}"
//! docker build -t "$REPO:$TAG" . && docker push "$REPO:$TAG"
//!
//! # 3. The service running it (and the deployer that rolls out later pushes).
//! forma apply web-service image-deployer -p web-service:ImageTag=$TAG
//! forma status web-service        # the WebUrl output is the service's URL
//! ```
//!
//! Later in the day, pushing an image tagged with a new commit id is enough: `image-deployer`
//! rolls it out (tags that are not commit ids, such as `latest`, are left alone). An apply of
//! `web-service` with another `ImageTag` sets the service to that tag's image, so give it the
//! newest commit id. At night, `forma destroy --all` deletes everything, repository and images
//! included — except the task definition revisions the deployer registered, which stay in
//! ECS (they cost nothing).

use std::time::Duration;

use forma_dsl::ec2::{SubnetGroup, SubnetType, Vpc, VpcProps};
use forma_dsl::ecr::{Repository, RepositoryProps};
use forma_dsl::ecs::{Cluster, ClusterProps, ContainerImage};
use forma_dsl::ecs_patterns::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
use forma_dsl::route53::HostedZone;
use forma_dsl::{App, Output, ParameterDef, RemovalPolicy};

/// The port the application's container listens on.
pub const CONTAINER_PORT: u16 = 80;

/// An image tag the stack accepts: a git commit id, short or full (what ECR's push event
/// carries, and what `image-deployer` rolls out).
pub const COMMIT_TAG_PATTERN: &str = "[0-9a-f]{7,40}";

/// How the web service is reached. Default: plain HTTP at the load balancer's own name.
#[derive(Debug, Clone, Default)]
pub struct WebServiceOptions {
    /// Serve HTTPS at a name in an existing hosted zone. Default: none.
    pub domain: Option<WebDomain>,
}

/// A name the service answers at, in a hosted zone that already exists (it is referenced,
/// never created or deleted by these stacks).
#[derive(Debug, Clone)]
pub struct WebDomain {
    /// The hosted zone's id, `Z0123456789ABCDEFGHIJ`.
    pub zone_id: String,
    /// The domain the zone serves, `example.com`.
    pub zone_name: String,
    /// The full name the service answers at, in that zone: `www.example.com`.
    pub host: String,
}

/// The handles other systems need: the image repository, the cluster and the service.
#[derive(Clone)]
pub struct WebService {
    /// The repository the service's images come from (stack `web-service-images`).
    pub repository: Repository,
    /// The cluster the service runs in (stack `web-service`).
    pub cluster: Cluster,
    /// The load-balanced service (stack `web-service`): its `service()` and
    /// `task_definition()`.
    pub service: LoadBalancedFargateService,
}

/// Adds the stacks `web-service-images` (the repository) and `web-service` (the network,
/// cluster, service and load balancer) to `app`.
pub fn web_service(app: &App, options: &WebServiceOptions) -> WebService {
    let images = app.stack("web-service-images");
    images
        .description("web-service: the image repository, applied before the service")
        .removal_policy(RemovalPolicy::Destroy);
    // Older images expire; an apply and the deployer only ever run one of the last few.
    let repository = Repository::new(&images, "Repository", RepositoryProps::default().keep_last_images(20));
    images.add_output(
        "RepositoryUri",
        Output::new(repository.uri()).description("Where to push the images, tagged with the commit id"),
    );

    let stack = app.stack("web-service");
    stack
        .description("web-service: a Fargate service behind an internet-facing load balancer")
        .removal_policy(RemovalPolicy::Destroy);
    let tag = stack.add_parameter(
        "ImageTag",
        ParameterDef::string()
            .description("The image to run: its tag in the repository, the git commit id (git rev-parse --short HEAD)")
            .allowed_pattern(COMMIT_TAG_PATTERN)
            .constraint_description("a git commit id: 7 to 40 lower-case hexadecimal digits"),
    );

    // One NAT gateway: the tasks' way out (to pull images, write logs) is cheap, and one
    // zone's outage cuts it — acceptable for a stack rebuilt every day.
    let vpc = Vpc::new(
        &stack,
        "Vpc",
        VpcProps::default()
            .max_azs(2)
            .nat_gateways(1)
            .subnet_group(SubnetGroup::new("Public", SubnetType::Public))
            .subnet_group(SubnetGroup::new("Private", SubnetType::PrivateWithEgress)),
    );
    let cluster = Cluster::new(&stack, "Cluster", ClusterProps::default());

    let image = ContainerImage::from_repository(&repository, tag.value());
    let mut props = LoadBalancedFargateServiceProps::new(&cluster, &vpc, image)
        .container_port(CONTAINER_PORT)
        .service(|s| {
            s.desired_count(2)
                // Rolling: the new tasks start beside the old ones, which stop once the new
                // ones pass their health checks.
                .deployment_percents(100, 200)
                .health_check_grace(Duration::from_secs(60))
        })
        .target_group(|g| {
            g.health_check_path("/")
                // A stopping task finishes the requests it holds before it leaves.
                .deregistration_delay(Duration::from_secs(30))
        });
    if let Some(domain) = &options.domain {
        let zone = HostedZone::from_attributes(&stack, "Zone", domain.zone_id.as_str(), &domain.zone_name);
        props = props.domain(&zone, domain.host.clone());
    }
    // Its URL is the stack's output `WebUrl`.
    let service = LoadBalancedFargateService::new(&stack, "Web", props);

    WebService { repository, cluster, service }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `web-service` template of an app with these options, as text.
    fn template(options: &WebServiceOptions) -> String {
        let app = App::new();
        web_service(&app, options);
        // One directory per call: the tests run in parallel threads of one process.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let out = std::env::temp_dir().join(format!("forma-web-service-test-{}-{n}", std::process::id()));
        let (console, _, err) = forma_cli::Console::capture();
        let args = ["forma".as_ref(), "synth".as_ref(), "--quiet".as_ref(), "--out".as_ref(), out.as_os_str()];
        let code = forma_cli::run(&app, args, &console, &forma_cli::Hooks::default());
        assert_eq!(code, forma_cli::exit::SUCCESS, "{}", err.text());
        let text = std::fs::read_to_string(out.join("web-service.template.json")).unwrap();
        std::fs::remove_dir_all(&out).unwrap();
        text
    }

    #[test]
    fn a_domain_serves_https_at_its_name_in_the_existing_zone_and_redirects_http() {
        let text = template(&WebServiceOptions {
            domain: Some(WebDomain {
                zone_id: "Z0123456789ABCDEFGHIJ".into(),
                zone_name: "example.com".into(),
                host: "www.example.com".into(),
            }),
        });
        for expected in [
            "AWS::CertificateManager::Certificate",
            "\"Protocol\": \"HTTPS\"",
            "\"Type\": \"redirect\"",
            "AWS::Route53::RecordSet",
            "\"HostedZoneId\": \"Z0123456789ABCDEFGHIJ\"",
            "\"https://www.example.com/\"",
        ] {
            assert!(text.contains(expected), "no {expected} in\n{text}");
        }
        assert!(!text.contains("AWS::Route53::HostedZone\""), "the zone is referenced, not made");
    }

    #[test]
    fn without_a_domain_it_serves_http_at_the_load_balancer_name() {
        let text = template(&WebServiceOptions::default());
        assert!(text.contains("http://${Dns}/"));
        assert!(!text.contains("AWS::CertificateManager::Certificate"));
        assert!(!text.contains("AWS::Route53::RecordSet"));
    }
}
