//! `ecs::FargateTaskDefinition`: a task of one or more containers, with an execution role
//! (pulling images, writing logs, reading secrets) and a task role (what the code may do).

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::ecs as l1;
use forma_cfn::ecs::task_definition::{
    ContainerDefinition, CpuArchitecture, HealthCheck, KeyValuePair, LogConfiguration, PortMapping, RuntimePlatform,
    Secret,
};
use forma_core::value::Value;
use forma_core::{obj, AsScope, Resource, Scope, Severity};

use crate::ecr::{AsRepository, RepositoryRef};
use crate::iam::{GrantPrincipal, Grantable, Role, RoleProps, ServicePrincipal};
use crate::lambda::Architecture;
use crate::logs::AsLogGroup;
use crate::logs::{LogGroup, LogGroupProps, Retention};
use crate::ssm::StringParameter;

/// The memory (MiB) Fargate takes with each CPU size (units of 1/1024 vCPU).
const FARGATE_SIZES: &[(u32, &[u32])] = &[
    (256, &[512, 1024, 2048]),
    (512, &[1024, 2048, 3072, 4096]),
    (1024, &[2048, 3072, 4096, 5120, 6144, 7168, 8192]),
    (2048, &[4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384]),
    (
        4096,
        &[
            8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360, 16384, 17408, 18432, 19456, 20480, 21504, 22528,
            23552, 24576, 25600, 26624, 27648, 28672, 29696, 30720,
        ],
    ),
    (8192, &[16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440]),
    (16384, &[32768, 40960, 49152, 57344, 65536, 73728, 81920, 90112, 98304, 106496, 114688, 122880]),
];

/// Where a container's image comes from.
#[derive(Debug, Clone)]
pub enum ContainerImage {
    /// An image of an ECR repository, at a tag (a literal, or a stack parameter such as a
    /// git commit id); the execution role may pull it.
    Repository(Box<RepositoryRef>, Value<String>),
    /// A public image, `public.ecr.aws/nginx/nginx:1.27`.
    Public(String),
}

impl ContainerImage {
    /// The image of `repository` (of this app, or imported with `Repository::from_name`)
    /// tagged `tag`.
    pub fn from_repository(repository: &impl AsRepository, tag: impl Into<Value<String>>) -> Self {
        ContainerImage::Repository(Box::new(repository.as_repository()), tag.into())
    }

    /// A public image by its full name (`public.ecr.aws/nginx/nginx:1.27`); no pull permission needed.
    pub fn public(image: impl Into<String>) -> Self {
        ContainerImage::Public(image.into())
    }
}

/// A container of a task definition, as [`FargateTaskDefinition::add_container`] made it.
#[derive(Debug, Clone)]
pub struct Container {
    name: String,
    ports: Vec<u16>,
    log_group: LogGroup,
}

impl Container {
    /// The container's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The ports it exposes.
    pub fn ports(&self) -> &[u16] {
        &self.ports
    }

    /// The log group its output goes to (`<Name>Logs`, under the task definition).
    pub fn log_group(&self) -> &LogGroup {
        &self.log_group
    }
}

/// One container of a task: build with [`ContainerProps::new`], add with
/// [`FargateTaskDefinition::add_container`].
#[derive(Debug, Clone)]
pub struct ContainerProps {
    name: String,
    image: ContainerImage,
    ports: Vec<u16>,
    environment: Vec<(String, Value<String>)>,
    secrets: Vec<(String, StringParameter)>,
    secrets_manager: Vec<(String, Value<String>)>,
    health_check: Option<Vec<String>>,
    command: Option<Vec<String>>,
    essential: bool,
    log_retention: Retention,
}

impl ContainerProps {
    /// A container named `name` (letters, digits, `-`, `_`) running `image`; essential, its logs kept a
    /// month.
    pub fn new(name: impl Into<String>, image: ContainerImage) -> Self {
        ContainerProps {
            name: name.into(),
            image,
            ports: Vec::new(),
            environment: Vec::new(),
            secrets: Vec::new(),
            secrets_manager: Vec::new(),
            health_check: None,
            command: None,
            essential: true,
            log_retention: Retention::OneMonth,
        }
    }

    /// Exposes a TCP port (named `<container>-<port>` for Service Connect). Default: none.
    pub fn port(mut self, port: u16) -> Self {
        self.ports.push(port);
        self
    }

    /// An environment variable (not for secrets). Default: none.
    pub fn environment(mut self, name: impl Into<String>, value: impl Into<Value<String>>) -> Self {
        self.environment.push((name.into(), value.into()));
        self
    }

    /// An environment variable read from `parameter` when the task starts (the execution
    /// role may read exactly it). Default: none.
    pub fn secret(mut self, name: impl Into<String>, parameter: &StringParameter) -> Self {
        self.secrets.push((name.into(), parameter.clone()));
        self
    }

    /// An environment variable read from the Secrets Manager secret `secret_arn` when the
    /// task starts (the execution role may read exactly that secret). Default: none.
    pub fn secret_from_secrets_manager(
        mut self,
        name: impl Into<String>,
        secret_arn: impl Into<Value<String>>,
    ) -> Self {
        self.secrets_manager.push((name.into(), secret_arn.into()));
        self
    }

    /// A health check run in the container (`["CMD-SHELL", "curl -f http://localhost/ || exit 1"]`).
    /// Default: none.
    pub fn health_check<S: Into<String>>(mut self, command: impl IntoIterator<Item = S>) -> Self {
        self.health_check = Some(command.into_iter().map(Into::into).collect());
        self
    }

    /// The command the container runs, in place of the image's (`CMD`; the image's
    /// entry point still runs it): `["sh", "-c", "exec nginx -g 'daemon off;'"]`.
    /// Default: the image's.
    pub fn command<S: Into<String>>(mut self, command: impl IntoIterator<Item = S>) -> Self {
        self.command = Some(command.into_iter().map(Into::into).collect());
        self
    }

    /// The task goes on when this container stops. Default: essential — it stops the task.
    pub fn not_essential(mut self) -> Self {
        self.essential = false;
        self
    }

    /// How long the container's logs are kept. Default: `Retention::OneMonth`.
    pub fn log_retention(mut self, retention: Retention) -> Self {
        self.log_retention = retention;
        self
    }
}

/// What a [`FargateTaskDefinition`] is made of. Required: CPU units and memory.
#[derive(Debug, Clone)]
pub struct FargateTaskDefinitionProps {
    cpu: u32,
    memory_mib: u32,
    family: Option<String>,
    architecture: Architecture,
}

impl FargateTaskDefinitionProps {
    /// `cpu` in units of 1/1024 vCPU (256 to 16384) and `memory_mib` one of the sizes
    /// Fargate pairs with it.
    pub fn new(cpu: u32, memory_mib: u32) -> Self {
        FargateTaskDefinitionProps { cpu, memory_mib, family: None, architecture: Architecture::X86_64 }
    }

    /// Default: `<stack>-<id>`.
    pub fn family(mut self, family: impl Into<String>) -> Self {
        self.family = Some(family.into());
        self
    }

    /// Default: `Architecture::X86_64`.
    pub fn architecture(mut self, architecture: Architecture) -> Self {
        self.architecture = architecture;
        self
    }
}

/// A Fargate task definition: the L1 `AWS::ECS::TaskDefinition` under the child id
/// `Resource`, its execution role (`ExecutionRole`) and task role (`TaskRole`), and a log
/// group per container (`<Name>Logs`) written through the awslogs driver.
#[derive(Clone)]
pub struct FargateTaskDefinition {
    scope: Scope,
    resource: Resource<l1::TaskDefinition>,
    execution_role: Role,
    task_role: Role,
    family: String,
    containers: Rc<RefCell<Vec<Added>>>,
}

forma_core::construct!(FargateTaskDefinition, l1::TaskDefinition);

/// A container added: its definition, its ports and its name.
type Added = (ContainerDefinition, Vec<u16>, String);

impl FargateTaskDefinition {
    /// A Fargate task definition under `scope` with id `id`; add its containers with
    /// [`FargateTaskDefinition::add_container`].
    ///
    /// ```
    /// use forma_dsl::ecs::{ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps};
    /// let app = forma_dsl::App::new();
    /// let task = FargateTaskDefinition::new(&app.stack("Web"), "Task", FargateTaskDefinitionProps::new(512, 1024));
    /// let web = task.add_container(
    ///     ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")).port(80));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: FargateTaskDefinitionProps) -> FargateTaskDefinition {
        let scope = scope.as_scope().child(id);
        match FARGATE_SIZES.iter().find(|(cpu, _)| *cpu == props.cpu) {
            None => scope.report(
                Severity::Error,
                "invalid-task-size",
                format!("Fargate has no task of {} CPU units", props.cpu),
                Some("use 256, 512, 1024, 2048, 4096, 8192 or 16384 (1/1024 vCPU each)"),
            ),
            Some((cpu, memories)) if !memories.contains(&props.memory_mib) => scope.report(
                Severity::Error,
                "invalid-task-size",
                format!("Fargate pairs {cpu} CPU units with {} MiB, not {} MiB", show(memories), props.memory_mib),
                Some("pick a memory size Fargate offers with this CPU, or another CPU size"),
            ),
            Some(_) => {}
        }
        // The stack's name and the construct's path below it, so that two task definitions
        // of one stack (two load-balanced services, say) never share a family. ECS takes
        // letters, digits, '-' and '_', up to 255: the dots an id may hold become '-'.
        let family = props.family.unwrap_or_else(|| {
            let path = scope.path();
            let below = path.split_once('/').map_or(id, |(_, below)| below);
            let mut family = format!("{}-{}", scope.stack().name(), below.replace(['/', '.'], "-"));
            family.truncate(255);
            family
        });
        let execution_role = Role::new(&scope, "ExecutionRole", RoleProps::new(ServicePrincipal::ecs_tasks()));
        let task_role = Role::new(&scope, "TaskRole", RoleProps::new(ServicePrincipal::ecs_tasks()));
        let architecture = match props.architecture {
            Architecture::X86_64 => CpuArchitecture::X8664,
            Architecture::Arm64 => CpuArchitecture::Arm64,
        };
        let resource = scope.add(
            "Resource",
            l1::TaskDefinition::new()
                .family(family.clone())
                .cpu(props.cpu.to_string())
                .memory(props.memory_mib.to_string())
                .network_mode(l1::task_definition::NetworkMode::Awsvpc)
                .requires_compatibilities(vec![l1::task_definition::RequiresCompatibilities::Fargate])
                .runtime_platform(
                    RuntimePlatform::new()
                        .cpu_architecture(architecture)
                        .operating_system_family(l1::task_definition::OperatingSystemFamily::Linux),
                )
                .execution_role_arn(execution_role.arn())
                .task_role_arn(task_role.arn()),
        );
        execution_role.add_dependent(&resource);
        FargateTaskDefinition { scope, resource, execution_role, task_role, family, containers: Rc::default() }
    }

    /// Adds a container; returns a handle to it (its name, ports and log group).
    #[track_caller]
    pub fn add_container(&self, container: ContainerProps) -> Container {
        let valid = !container.name.is_empty()
            && container.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            self.scope.report(
                Severity::Error,
                "container-name",
                format!("the container name {:?} may hold only letters, digits, '-' and '_'", container.name),
                None,
            );
        }
        if self.containers.borrow().iter().any(|(_, _, n)| *n == container.name) {
            self.scope.report(
                Severity::Error,
                "duplicate-container",
                format!("two containers are named {:?}", container.name),
                None,
            );
        }
        let image: Value<String> = match &container.image {
            ContainerImage::Repository(repo, tag) => {
                repo.grant_pull(&self.execution_role);
                repo.image_uri(tag.clone())
            }
            ContainerImage::Public(image) => image.as_str().into(),
        };
        let logs = LogGroup::new(
            &self.scope,
            &format!("{}Logs", crate::limits::alnum(&container.name)),
            LogGroupProps::default().retention(container.log_retention),
        );
        logs.grant_write(&self.execution_role);
        let mut def = ContainerDefinition::new(image, container.name.clone())
            .essential(container.essential)
            .log_configuration(LogConfiguration::new("awslogs").options(obj! {
                "awslogs-group" => logs.name(),
                "awslogs-region" => forma_core::Aws::region(),
                "awslogs-stream-prefix" => container.name.as_str(),
            }));
        if !container.ports.is_empty() {
            def = def.port_mappings(
                container
                    .ports
                    .iter()
                    .map(|p| PortMapping::new().container_port(i64::from(*p)).name(format!("{}-{p}", container.name)))
                    .collect::<Vec<_>>(),
            );
        }
        if !container.environment.is_empty() {
            def = def.environment(
                container
                    .environment
                    .iter()
                    .map(|(k, v)| KeyValuePair::new().name(k.clone()).value(v.clone()))
                    .collect::<Vec<_>>(),
            );
        }
        if !container.secrets.is_empty() || !container.secrets_manager.is_empty() {
            let mut secrets = Vec::new();
            for (name, parameter) in &container.secrets {
                parameter.grant_read(&self.execution_role);
                secrets.push(Secret::new(name.clone(), parameter.arn()));
            }
            for (name, arn) in &container.secrets_manager {
                self.execution_role.add_to_policy(
                    crate::iam::PolicyStatement::allow().action("secretsmanager:GetSecretValue").resource(arn.clone()),
                );
                secrets.push(Secret::new(name.clone(), arn.clone()));
            }
            def = def.secrets(secrets);
        }
        if let Some(command) = &container.command {
            def = def.command(command.clone());
        }
        if let Some(command) = &container.health_check {
            def = def.health_check(
                HealthCheck::new().command(command.clone()).interval(30).timeout(5).retries(3).start_period(10),
            );
        }
        let mut containers = self.containers.borrow_mut();
        containers.push((def, container.ports.clone(), container.name.clone()));
        let list: Vec<ContainerDefinition> = containers.iter().map(|(d, _, _)| d.clone()).collect();
        self.resource.set_property("ContainerDefinitions", forma_core::Expr::from(Value::from(list)));
        Container { name: container.name, ports: container.ports, log_group: logs }
    }

    /// The containers' `(name, ports)`, in the order added.
    pub fn containers(&self) -> Vec<(String, Vec<u16>)> {
        self.containers.borrow().iter().map(|(_, ports, name)| (name.clone(), ports.clone())).collect()
    }

    /// The task definition's ARN (`Ref`).
    pub fn arn(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The family.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The role the containers' code runs with; grants to the task definition go to it.
    pub fn task_role(&self) -> &Role {
        &self.task_role
    }

    /// The role ECS uses to start the task (pull images, write logs, read secrets).
    pub fn execution_role(&self) -> &Role {
        &self.execution_role
    }
}

impl Grantable for FargateTaskDefinition {
    fn grant_principal(&self) -> GrantPrincipal {
        self.task_role.grant_principal()
    }
}

fn show(sizes: &[u32]) -> String {
    match sizes {
        [a, b] => format!("{a} or {b}"),
        [rest @ .., last] => format!("{}, or {last}", rest.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")),
        [] => String::new(),
    }
}
