//! `ecs::Cluster`: Fargate and Fargate Spot capacity, Container Insights option.

use forma_cfn::ecs as l1;
use forma_cfn::ecs::cluster::{ClusterSettings, ServiceConnectDefaults};
use forma_cfn::ecs::cluster_capacity_provider_associations::CapacityProviderStrategy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

/// What a [`Cluster`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct ClusterProps {
    cluster_name: Option<Value<String>>,
    container_insights: bool,
    namespace: Option<String>,
}

impl ClusterProps {
    /// Default: CloudFormation names it.
    pub fn cluster_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.cluster_name = Some(name.into());
        self
    }

    /// A Cloud Map namespace (`internal`) in which services find each other by name with
    /// Service Connect. Default: none.
    pub fn service_connect_namespace(mut self, name: impl Into<String>) -> Self {
        self.namespace = Some(name.into());
        self
    }

    /// Collects per-task metrics with Container Insights (billed as custom metrics). Default:
    /// off.
    pub fn container_insights(mut self) -> Self {
        self.container_insights = true;
        self
    }
}

/// An ECS cluster: the L1 `AWS::ECS::Cluster` under the child id `Resource`, with the
/// `FARGATE` and `FARGATE_SPOT` capacity providers and `FARGATE` as the default strategy
/// (`CapacityProviders`).
///
/// A cluster derefs to its [`ClusterRef`].
#[derive(Clone)]
pub struct Cluster {
    scope: Scope,
    resource: Resource<l1::Cluster>,
    reference: ClusterRef,
}

/// A cluster, made in this app or not ([`Cluster::from_attributes`]): its name and ARN,
/// and its Service Connect namespace when it has one.
#[derive(Clone)]
pub struct ClusterRef {
    scope: Scope,
    name: Value<String>,
    arn: Value<String>,
    namespace: Option<Value<String>>,
}

impl std::fmt::Debug for ClusterRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ClusterRef({})", self.scope.path())
    }
}

forma_core::construct!(Cluster, l1::Cluster);

impl Cluster {
    /// A cluster under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ecs::{Cluster, ClusterProps};
    /// let app = forma_dsl::App::new();
    /// let cluster =
    ///     Cluster::new(&app.stack("Web"), "Cluster", ClusterProps::default().service_connect_namespace("internal"));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: ClusterProps) -> Cluster {
        let scope = scope.as_scope().child(id);
        let mut cluster = l1::Cluster::new().cluster_settings(vec![ClusterSettings::new()
            .name("containerInsights")
            .value(if props.container_insights { "enabled" } else { "disabled" })]);
        if let Some(name) = props.cluster_name {
            cluster = cluster.cluster_name(name);
        }
        let namespace = props.namespace.map(|name| {
            let ns = scope.add("Namespace", forma_cfn::servicediscovery::HttpNamespace::new(name));
            ns.arn()
        });
        if let Some(ns) = &namespace {
            cluster = cluster.service_connect_defaults(ServiceConnectDefaults::new().namespace(ns.clone()));
        }
        let resource = scope.add("Resource", cluster);
        scope.add(
            "CapacityProviders",
            l1::ClusterCapacityProviderAssociations::new(
                resource.reference(),
                vec![CapacityProviderStrategy::new("FARGATE").weight(1)],
            )
            .capacity_providers(vec!["FARGATE".to_owned(), "FARGATE_SPOT".to_owned()]),
        );
        let reference = ClusterRef { scope: scope.clone(), name: resource.reference(), arn: resource.arn(), namespace };
        Cluster { scope, resource, reference }
    }

    /// A cluster of this account and region that is not in this app, by name, with the ARN
    /// of its Service Connect namespace if services placed in it use one.
    ///
    /// ```
    /// use forma_dsl::ec2::{Vpc, VpcProps};
    /// use forma_dsl::ecs::{Cluster, ContainerImage, ContainerProps, FargateService, FargateServiceProps};
    /// use forma_dsl::ecs::{FargateTaskDefinition, FargateTaskDefinitionProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let shared = Cluster::from_attributes(&stack, "Shared", "platform", None);
    /// let vpc = Vpc::new(&stack, "Network", VpcProps::default());
    /// let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    /// task.add_container(ContainerProps::new("web", ContainerImage::public("public.ecr.aws/nginx/nginx:1.27")));
    /// FargateService::new(&stack, "Service", FargateServiceProps::new(&shared, &task, &vpc));
    /// ```
    #[track_caller]
    pub fn from_attributes(
        scope: &impl AsScope,
        id: &str,
        name: impl Into<Value<String>>,
        namespace_arn: Option<Value<String>>,
    ) -> ClusterRef {
        let name = name.into();
        let arn =
            forma_core::intrinsic::sub("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:cluster/${Name}")
                .var("Name", name.clone())
                .into();
        ClusterRef { scope: scope.as_scope().child(id), name, arn, namespace: namespace_arn }
    }
}

impl std::ops::Deref for Cluster {
    type Target = ClusterRef;

    fn deref(&self) -> &ClusterRef {
        &self.reference
    }
}

impl ClusterRef {
    /// The cluster's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// The cluster's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The cluster's path, for messages.
    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// The Service Connect namespace's ARN, if the cluster has one.
    pub fn namespace_arn(&self) -> Option<Value<String>> {
        self.namespace.clone()
    }
}

/// Any cluster: a [`Cluster`], or one imported with [`Cluster::from_attributes`].
pub trait AsCluster {
    /// The cluster, as a reference.
    fn as_cluster(&self) -> ClusterRef;
}

impl AsCluster for ClusterRef {
    fn as_cluster(&self) -> ClusterRef {
        self.clone()
    }
}

impl AsCluster for Cluster {
    fn as_cluster(&self) -> ClusterRef {
        self.reference.clone()
    }
}
