//! Elastic Load Balancing: application load balancers, listeners, target groups and the
//! targets they forward to.

mod application_load_balancer;
mod listener;
mod target_group;

pub use application_load_balancer::{ApplicationLoadBalancer, ApplicationLoadBalancerProps};
pub use listener::{Listener, ListenerProps};
pub use target_group::{ApplicationTargetGroup, ApplicationTargetGroupProps, IpTarget, LoadBalancerTarget, TargetType};
