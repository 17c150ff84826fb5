//! Patterns: a whole load-balanced Fargate service in one call.

mod load_balanced_fargate_service;

pub use load_balanced_fargate_service::{LoadBalancedFargateService, LoadBalancedFargateServiceProps};
