//! EC2 networking: VPCs with subnet groups, and security groups with connections.

mod cidr;
mod port;
mod security_group;
mod vpc;

pub use port::{Peer, Port};
pub use security_group::{Connectable, Connections, SecurityGroup, SecurityGroupProps, SecurityGroupRef};
pub use vpc::{AsVpc, GatewayEndpoint, Subnet, SubnetGroup, SubnetType, Vpc, VpcAttributes, VpcProps, VpcRef};
