//! IAM policy documents as expressions: trust policies and least-privilege statements.

use forma_dsl::{list, obj, Expr};

/// The 2012-10-17 policy language version every document uses.
const VERSION: &str = "2012-10-17";

/// A trust policy letting `service` (`lambda.amazonaws.com`) assume the role.
pub fn assume_role(service: &str) -> Expr {
    obj! {
        "Version" => VERSION,
        "Statement" => list![obj! {
            "Effect" => "Allow",
            "Principal" => obj! { "Service" => service },
            "Action" => "sts:AssumeRole",
        }],
    }
}

/// A policy document holding `statements`.
pub fn document(statements: Vec<Expr>) -> Expr {
    obj! { "Version" => VERSION, "Statement" => statements }
}

/// An `Allow` statement for `actions` on exactly `resource` (one ARN, or a `list!` of them).
pub fn allow(sid: &str, actions: &[&str], resource: impl Into<Expr>) -> Expr {
    let resource: Expr = resource.into();
    obj! {
        "Sid" => sid,
        "Effect" => "Allow",
        "Action" => actions.to_vec(),
        "Resource" => resource,
    }
}
