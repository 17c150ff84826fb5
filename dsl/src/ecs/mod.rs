//! ECS on Fargate: clusters and task definitions (services follow).

mod cluster;
mod task_definition;

pub use cluster::{Cluster, ClusterProps};
pub use task_definition::{ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps};
