//! The constructs (L2) from the outside: the resources and properties each emits, its
//! defaults, its errors, and the contract of its escape hatches.

mod support;

mod api;
mod cognito;
mod containers;
mod data;
mod escape_hatches;
mod events_alarms;
mod grants;
mod iam;
mod imports;
mod intents;
mod lambda;
mod logs_ssm;
mod messaging;
mod network;
mod pipeline;
mod pipeline_app;
mod removal;
mod s3;
mod snapshots;
mod web_service;
