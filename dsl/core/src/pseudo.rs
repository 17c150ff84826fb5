//! Pseudo parameters: values CloudFormation supplies for every stack.

use crate::value::{Expr, Value};

/// A pseudo parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pseudo {
    AccountId,
    NotificationArns,
    NoValue,
    Partition,
    Region,
    StackId,
    StackName,
    UrlSuffix,
}

impl Pseudo {
    /// The name as written in a template: `AWS::Region`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pseudo::AccountId => "AWS::AccountId",
            Pseudo::NotificationArns => "AWS::NotificationARNs",
            Pseudo::NoValue => "AWS::NoValue",
            Pseudo::Partition => "AWS::Partition",
            Pseudo::Region => "AWS::Region",
            Pseudo::StackId => "AWS::StackId",
            Pseudo::StackName => "AWS::StackName",
            Pseudo::UrlSuffix => "AWS::URLSuffix",
        }
    }
}

/// The pseudo parameters as typed values: `Aws::region()`, `Aws::account_id()`, ...
pub struct Aws;

impl Aws {
    /// `AWS::AccountId`: the account the stack is deployed in.
    pub fn account_id() -> Value<String> {
        Value::from_expr(Expr::Pseudo(Pseudo::AccountId))
    }
    /// `AWS::NotificationARNs`: the stack's notification topics.
    pub fn notification_arns() -> Value<Vec<String>> {
        Value::from_expr(Expr::Pseudo(Pseudo::NotificationArns))
    }
    /// `AWS::NoValue`: removes the property it is assigned to (useful inside `Fn::If`).
    pub fn no_value<T>() -> Value<T> {
        Value::from_expr(Expr::Pseudo(Pseudo::NoValue))
    }
    /// `AWS::Partition`: `aws`, `aws-cn` or `aws-us-gov`.
    pub fn partition() -> Value<String> {
        Value::from_expr(Expr::Pseudo(Pseudo::Partition))
    }
    /// `AWS::Region`: the region the stack is deployed in.
    pub fn region() -> Value<String> {
        Value::from_expr(Expr::Pseudo(Pseudo::Region))
    }
    /// `AWS::StackId`: the stack's ARN.
    pub fn stack_id() -> Value<String> {
        Value::from_expr(Expr::Pseudo(Pseudo::StackId))
    }
    /// `AWS::StackName`.
    pub fn stack_name() -> Value<String> {
        Value::from_expr(Expr::Pseudo(Pseudo::StackName))
    }
    /// `AWS::URLSuffix`: usually `amazonaws.com`.
    pub fn url_suffix() -> Value<String> {
        Value::from_expr(Expr::Pseudo(Pseudo::UrlSuffix))
    }
}
