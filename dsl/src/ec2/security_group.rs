//! `ec2::SecurityGroup` and connections: `a.connections().allow_from(&b, Port::tcp(80))`
//! adds the ingress rule on one side and the egress rule on the other, as rule resources of
//! their own, so two groups can refer to each other without a cycle.

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::ec2 as l1;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

use super::port::{Peer, Port};
use super::vpc::AsVpc;

/// What a [`SecurityGroup`] is made of. Required: its VPC.
#[derive(Debug, Clone)]
pub struct SecurityGroupProps {
    vpc_id: Value<String>,
    description: Option<String>,
    allow_all_outbound: bool,
}

impl SecurityGroupProps {
    /// A group in `vpc` (of this app, or imported with `Vpc::from_attributes`).
    pub fn new(vpc: &impl AsVpc) -> Self {
        SecurityGroupProps { vpc_id: vpc.as_vpc().id(), description: None, allow_all_outbound: true }
    }

    /// Default: the construct path.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Allows only the outbound traffic rules add. Default: all outbound traffic allowed.
    pub fn deny_all_outbound(mut self) -> Self {
        self.allow_all_outbound = false;
        self
    }
}

/// A security group: the L1 `AWS::EC2::SecurityGroup` under the child id `Resource`. It
/// derefs to its [`SecurityGroupRef`], which holds the rules.
#[derive(Clone)]
pub struct SecurityGroup {
    scope: Scope,
    resource: Resource<l1::SecurityGroup>,
    reference: SecurityGroupRef,
}

/// A security group, made in this app or not ([`SecurityGroup::from_id`]): its id, and the
/// rules added to it, each a resource of its own (`AWS::EC2::SecurityGroupIngress`, ...)
/// under the group's node, so they can be added to a group of another owner too.
#[derive(Clone)]
pub struct SecurityGroupRef {
    scope: Scope,
    id: Value<String>,
    allow_all_outbound: bool,
    /// Rule ids taken, to keep them unique.
    rules: Rc<RefCell<Vec<String>>>,
    /// The rules made, by direction, peer and port: EC2 refuses a rule twice.
    made: Rc<RefCell<Vec<String>>>,
}

impl std::fmt::Debug for SecurityGroupRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecurityGroupRef({})", self.scope.path())
    }
}

forma_core::construct!(SecurityGroup, l1::SecurityGroup);

impl SecurityGroup {
    /// A security group under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ec2::{Port, SecurityGroup, SecurityGroupProps, Vpc, VpcProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let vpc = Vpc::new(&stack, "Network", VpcProps::default());
    /// let web = SecurityGroup::new(&stack, "Web", SecurityGroupProps::new(&vpc));
    /// let db = SecurityGroup::new(&stack, "Db", SecurityGroupProps::new(&vpc).deny_all_outbound());
    /// db.connections().allow_from(&web, Port::tcp(5432));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: SecurityGroupProps) -> SecurityGroup {
        let scope = scope.as_scope().child(id);
        let description = props.description.unwrap_or_else(|| scope.path());
        let mut group = l1::SecurityGroup::new(description).vpc_id(props.vpc_id);
        group = if props.allow_all_outbound {
            group.security_group_egress(vec![l1::security_group::Egress::new("-1")
                .cidr_ip("0.0.0.0/0")
                .description("Allow all outbound traffic")])
        } else {
            // Without a rule, EC2 allows everything out; this one matches nothing.
            group.security_group_egress(vec![l1::security_group::Egress::new("icmp")
                .cidr_ip("255.255.255.255/32")
                .from_port(252)
                .to_port(86)
                .description("Disallow all traffic")])
        };
        let resource = scope.add("Resource", group);
        let reference = SecurityGroupRef {
            scope: scope.clone(),
            id: resource.group_id(),
            allow_all_outbound: props.allow_all_outbound,
            rules: Rc::default(),
            made: Rc::default(),
        };
        SecurityGroup { scope, resource, reference }
    }

    /// A security group that is not in this app, by id (`sg-0123456789abcdef0`). Rules
    /// added to it are resources of this app; `allow_all_outbound` says whether the group
    /// already lets all traffic out (if not, connections add egress rules to it).
    ///
    /// ```
    /// use forma_dsl::ec2::{Peer, Port, SecurityGroup};
    /// let app = forma_dsl::App::new();
    /// let db = SecurityGroup::from_id(&app.stack("Data"), "Db", "sg-0123456789abcdef0", true);
    /// db.add_ingress(Peer::Ipv4("10.0.0.0/16".into()), Port::tcp(5432), "Postgres from the VPC");
    /// ```
    #[track_caller]
    pub fn from_id(
        scope: &impl AsScope,
        id: &str,
        group_id: impl Into<Value<String>>,
        allow_all_outbound: bool,
    ) -> SecurityGroupRef {
        SecurityGroupRef {
            scope: scope.as_scope().child(id),
            id: group_id.into(),
            allow_all_outbound,
            rules: Rc::default(),
            made: Rc::default(),
        }
    }
}

impl std::ops::Deref for SecurityGroup {
    type Target = SecurityGroupRef;

    fn deref(&self) -> &SecurityGroupRef {
        &self.reference
    }
}

impl SecurityGroupRef {
    /// The group's id.
    pub fn id(&self) -> Value<String> {
        self.id.clone()
    }

    /// The group's path, for messages.
    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// The connections of this group, to allow traffic from and to others.
    pub fn connections(&self) -> Connections {
        Connections { groups: vec![self.clone()] }
    }

    /// Allows `port` in from `peer`.
    #[track_caller]
    pub fn add_ingress(&self, peer: Peer, port: Port, description: &str) {
        let label = match &peer {
            Peer::AnyIpv4 => "AnyIPv4".to_owned(),
            Peer::Ipv4(v) => match v.expr() {
                forma_core::Expr::String(s) => crate::limits::alnum(s),
                _ => "Cidr".to_owned(),
            },
        };
        let Some(id) = self.new_rule(&format!("from {peer:?}"), &format!("from {label}:{}", port.label()), port) else {
            return;
        };
        self.scope.add(
            &id,
            l1::SecurityGroupIngress::new(port.protocol)
                .group_id(self.id())
                .cidr_ip(peer.cidr())
                .from_port(port.from)
                .to_port(port.to)
                .description(description),
        );
    }

    /// The id of a new rule (`from`/`to` the other side and the port, in the characters ids
    /// take), or `None` when the same rule — direction and peer (`key`), port — exists
    /// already: EC2 refuses a rule twice (two listeners forwarding to one port, say).
    fn new_rule(&self, key: &str, words: &str, port: Port) -> Option<String> {
        let key = format!("{key} {}", port.label());
        let mut made = self.made.borrow_mut();
        if made.contains(&key) {
            return None;
        }
        made.push(key);
        let base: String =
            words.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '_' }).collect();
        Some(crate::limits::unique_id(&mut self.rules.borrow_mut(), &base))
    }
}

/// Anything that has security groups: a group, a load balancer, a service.
pub trait Connectable {
    /// Its security groups, to allow traffic from and to others.
    fn connections(&self) -> Connections;
}

impl Connectable for SecurityGroup {
    fn connections(&self) -> Connections {
        self.reference.connections()
    }
}

impl Connectable for SecurityGroupRef {
    fn connections(&self) -> Connections {
        SecurityGroupRef::connections(self)
    }
}

/// The security groups of something, and the rules between them and others.
#[derive(Debug, Clone)]
pub struct Connections {
    groups: Vec<SecurityGroupRef>,
}

impl Connections {
    /// The groups.
    pub fn security_groups(&self) -> &[SecurityGroupRef] {
        &self.groups
    }

    /// Allows `port` from `other` to these groups: an ingress rule on each of these groups
    /// (with the other's group as source) and, where the other does not allow all outbound
    /// traffic, an egress rule on it.
    #[track_caller]
    pub fn allow_from(&self, other: &impl Connectable, port: Port) {
        for theirs in other.connections().groups {
            for mine in &self.groups {
                let words = format!("from {}:{}", crate::limits::alnum(&theirs.path()), port.label());
                let Some(id) = mine.new_rule(&format!("from {}", theirs.path()), &words, port) else { continue };
                mine.scope.add(
                    &id,
                    l1::SecurityGroupIngress::new(port.protocol)
                        .group_id(mine.id())
                        .source_security_group_id(theirs.id())
                        .from_port(port.from)
                        .to_port(port.to)
                        .description(format!("from {}:{}", theirs.path(), port.label())),
                );
                if !theirs.allow_all_outbound {
                    let words = format!("to {}:{}", crate::limits::alnum(&mine.path()), port.label());
                    let Some(id) = theirs.new_rule(&format!("to {}", mine.path()), &words, port) else { continue };
                    theirs.scope.add(
                        &id,
                        l1::SecurityGroupEgress::new(theirs.id(), port.protocol)
                            .destination_security_group_id(mine.id())
                            .from_port(port.from)
                            .to_port(port.to)
                            .description(format!("to {}:{}", mine.path(), port.label())),
                    );
                }
            }
        }
    }

    /// Allows `port` from these groups to `other` (the mirror of [`Connections::allow_from`]).
    #[track_caller]
    pub fn allow_to(&self, other: &impl Connectable, port: Port) {
        other.connections().allow_from(&ConnectionsOf(self.clone()), port);
    }

    /// Allows `port` in from anywhere on the IPv4 internet.
    #[track_caller]
    pub fn allow_from_any_ipv4(&self, port: Port) {
        for g in &self.groups {
            g.add_ingress(Peer::AnyIpv4, port, &format!("from 0.0.0.0/0:{}", port.label()));
        }
    }
}

/// A set of connections, as something connectable.
struct ConnectionsOf(Connections);

impl Connectable for ConnectionsOf {
    fn connections(&self) -> Connections {
        self.0.clone()
    }
}
