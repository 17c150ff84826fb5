//! ECS on Fargate: clusters, task definitions and services.

mod cluster;
mod service;
mod task_definition;

pub use cluster::{AsCluster, Cluster, ClusterProps, ClusterRef};
pub use service::{FargateService, FargateServiceProps, Scaling, ServiceTarget};
pub use task_definition::{
    Container, ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps,
};
