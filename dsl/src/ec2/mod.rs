//! EC2 networking: VPCs with subnet groups, and security groups with connections.

mod cidr;
mod port;
mod security_group;
mod vpc;

pub use port::{Peer, Port};
pub use security_group::{Connectable, Connections, SecurityGroup, SecurityGroupProps};
pub use vpc::{GatewayEndpoint, Subnet, SubnetGroup, SubnetType, Vpc, VpcProps};
