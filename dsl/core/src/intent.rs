//! Intents: what a construct means beyond the L1 resources it renders, for a target that
//! has a higher-level form of it — the SAM target writes a function with its event sources
//! as one `AWS::Serverless::Function`, a table with only a partition key as an
//! `AWS::Serverless::SimpleTable`. Constructs record them; they know nothing of any target.
//!
//! An intent names the L1 resources that make each part of the construct, so a target reads
//! the settings from the resources themselves (with their overrides) and writes the same
//! thing in its own form; what it cannot express it leaves to the plain resources.

use crate::model::NodeId;

/// What one construct is, for the targets that have a form of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    Function(FunctionIntent),
    RestApi(ApiIntent),
    HttpApi(ApiIntent),
    Table(TableIntent),
}

/// A Lambda function and what invokes it.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionIntent {
    /// The `AWS::Lambda::Function`.
    pub resource: NodeId,
    /// Its `AWS::Logs::LogGroup`.
    pub log_group: NodeId,
    /// Its event sources, in the order they were added.
    pub events: Vec<Event>,
}

/// One event source of a function.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Its name among the function's events: letters and digits, unique within the
    /// function (`OrdersQueue`, `Hourly`).
    pub name: String,
    pub kind: EventKind,
    /// The L1 resources that make the event in plain CloudFormation, the main one first:
    /// the event source mapping; the subscription and the permission; the rule and the
    /// permission; the method or route and the permission.
    pub resources: Vec<NodeId>,
}

/// What kind of source an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// An SQS queue polled by an event source mapping.
    Sqs,
    /// A Kinesis stream polled by an event source mapping.
    Kinesis,
    /// A DynamoDB table's stream polled by an event source mapping.
    DynamoDb,
    /// An SNS topic's subscription.
    Sns,
    /// An S3 bucket's notification.
    S3,
    /// An EventBridge rule on a schedule.
    Schedule,
    /// An EventBridge rule on an event pattern.
    EventBridgeRule,
    /// A REST API's method.
    Api,
    /// An HTTP API's route.
    HttpApi,
}

impl EventKind {
    /// The event's `Type` in SAM.
    pub fn sam_type(self) -> &'static str {
        match self {
            EventKind::Sqs => "SQS",
            EventKind::Kinesis => "Kinesis",
            EventKind::DynamoDb => "DynamoDB",
            EventKind::Sns => "SNS",
            EventKind::S3 => "S3",
            EventKind::Schedule => "Schedule",
            EventKind::EventBridgeRule => "EventBridgeRule",
            EventKind::Api => "Api",
            EventKind::HttpApi => "HttpApi",
        }
    }
}

/// A REST or HTTP API and its routes.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiIntent {
    /// The `AWS::ApiGateway::RestApi` or `AWS::ApiGatewayV2::Api`.
    pub resource: NodeId,
    /// Its stage (`AWS::ApiGateway::Stage`, `AWS::ApiGatewayV2::Stage`), once made.
    pub stage: Option<NodeId>,
    /// Its routes, in the order they were added.
    pub routes: Vec<Route>,
}

/// One route of an API.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// `GET`, `POST`, ... or `ANY`.
    pub method: String,
    /// `/items/{id}`.
    pub path: String,
    /// The function construct it invokes.
    pub function: NodeId,
}

/// A DynamoDB table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableIntent {
    /// The `AWS::DynamoDB::Table`.
    pub resource: NodeId,
    /// The partition key: its name and attribute type (`S`, `N` or `B`).
    pub partition_key: (String, String),
    /// The sort key, if any.
    pub sort_key: Option<(String, String)>,
    /// How many secondary indexes it has.
    pub indexes: usize,
    /// Whether it has a stream.
    pub stream: bool,
}
