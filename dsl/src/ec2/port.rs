//! Ports and peers of security group rules.

use forma_core::value::Value;

/// A protocol and port range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Port {
    pub(crate) protocol: &'static str,
    pub(crate) from: i64,
    pub(crate) to: i64,
}

impl Port {
    /// TCP on `port`.
    pub fn tcp(port: u16) -> Port {
        Port { protocol: "tcp", from: i64::from(port), to: i64::from(port) }
    }

    /// TCP on the ports `from` to `to`, both included.
    pub fn tcp_range(from: u16, to: u16) -> Port {
        Port { protocol: "tcp", from: i64::from(from), to: i64::from(to) }
    }

    /// UDP on `port`.
    pub fn udp(port: u16) -> Port {
        Port { protocol: "udp", from: i64::from(port), to: i64::from(port) }
    }

    /// TCP on every port.
    pub fn all_tcp() -> Port {
        Port { protocol: "tcp", from: 0, to: 65_535 }
    }

    /// Every protocol and port.
    pub fn all_traffic() -> Port {
        Port { protocol: "-1", from: -1, to: -1 }
    }

    /// `tcp 80`, `tcp 1024-2048`, `all traffic`: for ids and descriptions.
    pub(crate) fn label(&self) -> String {
        match (self.protocol, self.from, self.to) {
            ("-1", ..) => "all traffic".into(),
            (p, 0, 65_535) => format!("all {p}"),
            (p, a, b) if a == b => format!("{p} {a}"),
            (p, a, b) => format!("{p} {a}-{b}"),
        }
    }
}

/// Where traffic comes from or goes to, other than a security group.
#[derive(Debug, Clone, PartialEq)]
pub enum Peer {
    /// An IPv4 block, `10.0.0.0/16`.
    Ipv4(Value<String>),
    /// Anywhere on the IPv4 internet.
    AnyIpv4,
}

impl Peer {
    pub(crate) fn cidr(&self) -> Value<String> {
        match self {
            Peer::Ipv4(c) => c.clone(),
            Peer::AnyIpv4 => "0.0.0.0/0".into(),
        }
    }
}
