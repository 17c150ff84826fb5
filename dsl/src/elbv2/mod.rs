//! Elastic Load Balancing: application load balancers, listeners and target groups.

mod alb;

pub use alb::{AlbProps, ApplicationLoadBalancer, Listener, ListenerProps, TargetProps};
