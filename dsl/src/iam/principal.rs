//! Who a statement is about: AWS services, accounts, roles, anyone.

use forma_core::value::{Expr, Value};
use forma_core::IndexMap;

/// A principal of a trust or resource policy.
#[derive(Debug, Clone, PartialEq)]
pub enum Principal {
    /// An AWS service: `lambda.amazonaws.com`.
    Service(String),
    /// An account, role or user, by ARN or account id (any string value).
    Aws(Value<String>),
    /// A federated identity provider.
    Federated(Value<String>),
    /// Anyone (`"*"`): only in resource policies that narrow it with conditions.
    Anyone,
}

impl Principal {
    /// The principal in words, for messages: `the service sns.amazonaws.com`.
    pub fn describe(&self) -> String {
        match self {
            Principal::Service(s) => format!("the service {s}"),
            Principal::Aws(v) => match v.expr() {
                Expr::String(s) => format!("the principal {s}"),
                _ => "an AWS principal".to_owned(),
            },
            Principal::Federated(_) => "a federated principal".to_owned(),
            Principal::Anyone => "anyone".to_owned(),
        }
    }

    /// An account of this partition, by id (`123456789012`): the account's root, which its
    /// own IAM policies then delegate from.
    pub fn account(id: impl Into<String>) -> Principal {
        let id = id.into();
        Principal::Aws(forma_core::intrinsic::sub(format!("arn:${{AWS::Partition}}:iam::{id}:root")).into())
    }
}

/// The principal of an AWS service.
#[derive(Debug, Clone, Copy)]
pub struct ServicePrincipal;

impl ServicePrincipal {
    /// `ServicePrincipal::new("sns.amazonaws.com")`.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(service: impl Into<String>) -> Principal {
        Principal::Service(service.into())
    }

    /// `lambda.amazonaws.com`.
    pub fn lambda() -> Principal {
        ServicePrincipal::new("lambda.amazonaws.com")
    }

    /// `ecs-tasks.amazonaws.com`.
    pub fn ecs_tasks() -> Principal {
        ServicePrincipal::new("ecs-tasks.amazonaws.com")
    }

    /// `events.amazonaws.com`.
    pub fn events() -> Principal {
        ServicePrincipal::new("events.amazonaws.com")
    }

    /// `sns.amazonaws.com`.
    pub fn sns() -> Principal {
        ServicePrincipal::new("sns.amazonaws.com")
    }

    /// `s3.amazonaws.com`.
    pub fn s3() -> Principal {
        ServicePrincipal::new("s3.amazonaws.com")
    }

    /// `apigateway.amazonaws.com`.
    pub fn api_gateway() -> Principal {
        ServicePrincipal::new("apigateway.amazonaws.com")
    }
}

/// `{"Service": ..., "AWS": ..., "Federated": ...}` (one value or a list each), or `"*"`.
pub(crate) fn render(principals: &[Principal]) -> Expr {
    if principals.contains(&Principal::Anyone) {
        return Expr::String("*".into());
    }
    let mut by_kind: IndexMap<String, Vec<Expr>> = IndexMap::new();
    for p in principals {
        let (kind, value) = match p {
            Principal::Service(s) => ("Service", Expr::String(s.clone())),
            Principal::Aws(v) => ("AWS", v.expr().clone()),
            Principal::Federated(v) => ("Federated", v.expr().clone()),
            Principal::Anyone => continue,
        };
        by_kind.entry(kind.to_owned()).or_default().push(value);
    }
    let map = by_kind
        .into_iter()
        .map(|(k, mut v)| (k, if v.len() == 1 { v.remove(0) } else { Expr::List(v) }))
        .collect::<IndexMap<_, _>>();
    Expr::Map(Box::new(map))
}
