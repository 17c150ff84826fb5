//! Elastic Load Balancing: application load balancers, listeners and target groups.

mod alb;

pub use alb::{ApplicationLoadBalancer, ApplicationLoadBalancerProps, Listener, ListenerProps, TargetProps};
